package io.github.psbridge.demo.http;

/**
 * A request the server refuses, with the status and a message that tells the client what to
 * fix. Handlers throw it; {@link Responses#problem} turns it into a JSON answer.
 */
public final class HttpProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public HttpProblem(int status, String message) {
        super(message);
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static HttpProblem badRequest(String message) {
        return new HttpProblem(400, message);
    }

    public static HttpProblem unauthorized(String message) {
        return new HttpProblem(401, message);
    }

    public static HttpProblem notFound(String message) {
        return new HttpProblem(404, message);
    }
}
