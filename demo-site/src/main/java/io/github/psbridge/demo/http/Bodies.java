package io.github.psbridge.demo.http;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;

/** Reads request bodies with a size limit, so no client can make the server hoard memory. */
public final class Bodies {

    /** Segment's limit here: anything bigger is refused with 413. */
    public static final int ONE_MIB = 1024 * 1024;

    /** How much of an oversized body is read and thrown away so the 413 reaches the client. */
    private static final long DRAIN_LIMIT = 64L * ONE_MIB;

    private Bodies() {
    }

    /**
     * The body of the request, at most {@code limit} bytes.
     *
     * @throws HttpProblem 413 when the body is larger
     */
    public static byte[] read(Context ctx, int limit) {
        try {
            InputStream in = ctx.req().getInputStream();
            if (ctx.req().getContentLengthLong() > limit) {
                throw tooLarge(in, limit);
            }
            byte[] body = in.readNBytes(limit + 1);
            if (body.length > limit) {
                throw tooLarge(in, limit);
            }
            return body;
        } catch (IOException e) {
            throw HttpProblem.badRequest("request body could not be read: " + e.getMessage());
        }
    }

    // Reading the rest first lets a client that is still uploading see the answer rather than
    // a reset connection.
    private static HttpProblem tooLarge(InputStream in, int limit) throws IOException {
        long drained = 0;
        byte[] buffer = new byte[64 * 1024];
        int n;
        while (drained < DRAIN_LIMIT && (n = in.read(buffer)) > 0) {
            drained += n;
        }
        return new HttpProblem(413, "request body is larger than " + limit
                + " bytes: send smaller batches");
    }
}
