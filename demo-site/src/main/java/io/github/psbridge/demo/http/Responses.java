package io.github.psbridge.demo.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** How the server answers: JSON bodies, problems, and errors it did not expect. */
public final class Responses {

    private static final Logger LOG = LoggerFactory.getLogger(Responses.class);

    private Responses() {
    }

    /** Answers 200 with {@code node} as JSON. */
    public static void json(Context ctx, JsonNode node) {
        ctx.contentType("application/json").result(Json.write(node));
    }

    /** Answers a refused request with {@code {"success": false, "message": ...}}. */
    public static void problem(Context ctx, HttpProblem problem) {
        LOG.debug("{} {} refused with {}: {}",
                ctx.method(), ctx.path(), problem.status(), problem.getMessage());
        ObjectNode body = Json.object().put("success", false).put("message", problem.getMessage());
        ctx.status(problem.status());
        json(ctx, body);
    }

    /** Answers 500 for a failure that is the server's fault, and logs it. */
    public static void unexpected(Context ctx, Exception e) {
        LOG.warn("{} {} failed", ctx.method(), ctx.path(), e);
        problem(ctx, new HttpProblem(500, "the demo server failed: " + e));
    }

    /** Routes any exception to {@link #problem} or {@link #unexpected}. */
    public static void failure(Context ctx, Exception e) {
        if (e instanceof HttpProblem problem) {
            problem(ctx, problem);
        } else {
            unexpected(ctx, e);
        }
    }
}
