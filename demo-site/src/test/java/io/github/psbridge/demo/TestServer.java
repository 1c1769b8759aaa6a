package io.github.psbridge.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

/**
 * The one demo server of the test JVM, on a free port, and typed ways to talk to it over
 * real HTTP. Tests reset it with {@link #reset()}.
 */
final class TestServer {

    static final String WRITE_KEY = DemoOptions.DEMO_WRITE_KEY;

    private static DemoServer server;
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer() {
    }

    /** The shared server, started on first use. */
    static synchronized DemoServer get() {
        if (server == null) {
            server = DemoServer.start(DemoOptions.builder().port(0)
                    .testPagesFolder("test-pages").build());
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** Clears recorded events and faults, and goes back to the modern posthog-js build. */
    static void reset() {
        get().recorder().clear();
        get().faults().clear();
        get().useLegacyPostHogBuild(false);
    }

    static URI uri(String path) {
        return URI.create(get().baseUrl() + path);
    }

    static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(20));
    }

    static HttpResponse<String> get(String path) {
        return send(request(path).GET().build());
    }

    /** POSTs {@code body} as analytics.js does: text/plain JSON with Basic auth. */
    static HttpResponse<String> postSegment(String path, String body, String writeKey) {
        return send(request(path)
                .header("Content-Type", "text/plain")
                .header("Authorization", basic(writeKey))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    static HttpResponse<String> post(String path, String contentType, byte[] body) {
        return send(request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    }

    static HttpResponse<String> post(String path, String contentType, String body) {
        return post(path, contentType, body.getBytes(StandardCharsets.UTF_8));
    }

    static String basic(String writeKey) {
        return "Basic " + Base64.getEncoder().encodeToString(
                (writeKey + ":").getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException("request to " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while calling " + request.uri(), e);
        }
    }

    static HttpClient client() {
        return HTTP;
    }
}
