package io.github.psbridge.demo.http;

import io.javalin.http.Context;
import io.javalin.http.Header;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.eclipse.jetty.http.QuotedQualityCSV;

/**
 * Serves files from a classpath folder (the bridge's jar, the npm libraries copied into this
 * jar, the pages' assets). Files are read once and kept: they never change while we run.
 *
 * <p>A browser that takes gzip gets each file compressed once, as a CDN serves it. Compressing
 * posthog-js on every request would spend the CPU the page under test competes for, on the
 * same machine, and slow the loads that fetch it alongside Segment more than the others.
 */
public final class ClasspathFiles {

    // One path segment or several, each a plain file name: no "..", no empty segments.
    private static final Pattern SAFE_PATH =
            Pattern.compile("[A-Za-z0-9_@-][A-Za-z0-9_.@-]*(/[A-Za-z0-9_@-][A-Za-z0-9_.@-]*)*");

    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "map", "application/json; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "ts", "text/plain; charset=utf-8",
            "java", "text/plain; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "html", "text/html; charset=utf-8",
            "svg", "image/svg+xml");

    // Below this a gzip header and the work cost more than they save; Javalin's own limit.
    private static final int MIN_GZIP_BYTES = 1500;

    private final String folder;
    private final Map<String, Optional<byte[]>> cache = new ConcurrentHashMap<>();
    private final Map<String, byte[]> gzipped = new ConcurrentHashMap<>();

    /** @param folder a classpath folder without leading or trailing slash */
    public ClasspathFiles(String folder) {
        this.folder = folder;
    }

    /** Answers with the file at {@code relativePath}, or 404 when there is none. */
    public void serve(Context ctx, String relativePath) {
        byte[] bytes = find(relativePath)
                .orElseThrow(() -> HttpProblem.notFound("no such file: " + relativePath));
        ctx.contentType(typeOf(relativePath));
        ctx.header(Header.CACHE_CONTROL, "no-cache");
        if (bytes.length < MIN_GZIP_BYTES) {
            ctx.result(bytes);
            return;
        }
        ctx.res().addHeader(Header.VARY, Header.ACCEPT_ENCODING);
        if (!acceptsGzip(ctx)) {
            ctx.result(bytes);
            return;
        }
        // With Content-Encoding set, Javalin leaves the body as it is.
        ctx.header(Header.CONTENT_ENCODING, "gzip");
        ctx.result(gzipped.computeIfAbsent(relativePath, path -> gzip(bytes)));
    }

    /** The bytes of the file at {@code relativePath}, if it exists and the path is safe. */
    public Optional<byte[]> find(String relativePath) {
        if (relativePath == null || !SAFE_PATH.matcher(relativePath).matches()) {
            return Optional.empty();
        }
        return cache.computeIfAbsent(relativePath, this::load);
    }

    private Optional<byte[]> load(String relativePath) {
        String resource = folder + "/" + relativePath;
        try (InputStream in = ClasspathFiles.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("could not read classpath file " + resource, e);
        }
    }

    private static boolean acceptsGzip(Context ctx) {
        String accepted = ctx.header(Header.ACCEPT_ENCODING);
        if (accepted == null) {
            return false;
        }
        QuotedQualityCSV encodings = new QuotedQualityCSV();
        encodings.addValue(accepted);
        return encodings.getValues().contains("gzip");
    }

    private static byte[] gzip(byte[] bytes) {
        ByteArrayOutputStream compressed = new ByteArrayOutputStream(bytes.length / 3);
        try (GZIPOutputStream out = new GZIPOutputStream(compressed)) {
            out.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("could not compress a file in memory", e);
        }
        return compressed.toByteArray();
    }

    private static String typeOf(String path) {
        String extension = path.substring(path.lastIndexOf('.') + 1);
        return TYPES.getOrDefault(extension, "application/octet-stream");
    }
}
