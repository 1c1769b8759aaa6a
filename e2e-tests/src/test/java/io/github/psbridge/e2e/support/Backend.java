package io.github.psbridge.e2e.support;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

/**
 * A company's backend: sends events to Segment's HTTP API over HTTP with Basic auth, as
 * Segment's server libraries do, here to the demo server's Segment stand-in.
 */
public final class Backend {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI trackApi;
    private final String writeKey;

    public Backend(String baseUrl, String writeKey) {
        this.trackApi = URI.create(baseUrl + "/segment-api/v1/track");
        this.writeKey = writeKey;
    }

    /** {@code POST /v1/track}; fails unless Segment answers 200. */
    public void track(String userId, String event, Map<String, Object> properties) {
        Map<String, Object> message = Map.of("userId", userId, "event", event,
                "properties", properties);
        HttpRequest request = HttpRequest.newBuilder(trackApi)
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (writeKey + ":").getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(write(message)))
                .build();
        int status = send(request).statusCode();
        if (status != 200) {
            throw new AssertionError("Segment's HTTP API answered " + status + " to " + event);
        }
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("Segment's HTTP API did not answer: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while sending " + request.uri(), e);
        }
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalArgumentException("not writable as JSON: " + value, e);
        }
    }
}
