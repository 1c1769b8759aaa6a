package io.github.psbridge.demo.pages;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.psbridge.demo.EventRecorder;
import io.github.psbridge.demo.RecordedEvent;
import io.github.psbridge.demo.http.Bodies;
import io.github.psbridge.demo.http.HttpProblem;
import io.github.psbridge.demo.http.Json;
import io.github.psbridge.demo.http.Responses;
import io.javalin.http.Context;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The demo's own API under {@code /_demo/}: what was recorded ({@code GET} and
 * {@code DELETE /_demo/events}), and the backend of the server-side event form, which calls
 * Segment's HTTP API over real HTTP with Basic auth, as a company's backend would.
 */
public final class DemoControl {

    private static final Logger LOG = LoggerFactory.getLogger(DemoControl.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final EventRecorder recorder;
    private final String writeKey;
    private final Supplier<URI> trackApi;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();

    /**
     * @param trackApi where {@code /v1/track} is: the stand-in, or Segment's real API
     */
    public DemoControl(EventRecorder recorder, String writeKey, Supplier<URI> trackApi) {
        this.recorder = recorder;
        this.writeKey = writeKey;
        this.trackApi = trackApi;
    }

    /**
     * {@code GET /_demo/events[?limit=N]}: each stream oldest first (the latest {@code N} when
     * limited), with drop counts.
     */
    public void events(Context ctx) {
        int limit = limit(ctx.queryParam("limit"));
        ObjectNode body = Json.object();
        ObjectNode dropped = Json.object();
        for (EventRecorder.Stream stream : EventRecorder.Stream.values()) {
            String name = stream.name().toLowerCase(Locale.ROOT);
            body.set(name, toJson(recorder.list(stream), limit));
            dropped.put(name, recorder.dropped(stream));
        }
        body.set("dropped", dropped);
        body.put("capacity", recorder.capacity());
        Responses.json(ctx, body);
    }

    /** {@code DELETE /_demo/events}. */
    public void clear(Context ctx) {
        recorder.clear();
        LOG.debug("recorded events cleared");
        ctx.status(204);
    }

    /**
     * {@code POST /_demo/server-event} with {@code {"event", "userId"?, "anonymousId"?,
     * "properties"?}}: sends it to {@code /v1/track} and answers with Segment's status.
     */
    public void serverEvent(Context ctx) throws InterruptedException {
        JsonNode form = Json.parse(Bodies.read(ctx, Bodies.ONE_MIB), "server event");
        ObjectNode track = Json.object().put("event", requiredText(form, "event"));
        copyText(form, track, "userId");
        copyText(form, track, "anonymousId");
        track.set("properties", form.path("properties").isObject()
                ? form.get("properties") : Json.object());
        track.putObject("context").putObject("library").put("name", "demo-backend");
        HttpResponse<String> response = post(track);
        ObjectNode answer = Json.object().put("status", response.statusCode());
        answer.put("response", response.body());
        Responses.json(ctx, answer);
    }

    private HttpResponse<String> post(ObjectNode track) throws InterruptedException {
        String auth = Base64.getEncoder().encodeToString(
                (writeKey + ":").getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(trackApi.get())
                .timeout(TIMEOUT)
                .header("Content-Type", "application/json")
                .header("Authorization", "Basic " + auth)
                .POST(HttpRequest.BodyPublishers.ofString(Json.write(track)))
                .build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            LOG.warn("server-side event could not reach {}", request.uri(), e);
            throw new HttpProblem(502, "Segment's HTTP API did not answer: " + e);
        }
    }

    private static ArrayNode toJson(List<RecordedEvent> events, int limit) {
        ArrayNode array = Json.MAPPER.createArrayNode();
        events.subList(Math.max(0, events.size() - limit), events.size())
                .forEach(event -> array.add(event.toJson()));
        return array;
    }

    private static int limit(String text) {
        if (text == null) {
            return Integer.MAX_VALUE;
        }
        try {
            return Math.max(0, Integer.parseInt(text));
        } catch (NumberFormatException e) {
            throw HttpProblem.badRequest("limit must be a whole number: got \"" + text + "\"");
        }
    }

    private static String requiredText(JsonNode form, String field) {
        String value = Json.text(form.get(field));
        if (value == null || value.isBlank()) {
            throw HttpProblem.badRequest(field + " is required");
        }
        return value;
    }

    private static void copyText(JsonNode from, ObjectNode to, String field) {
        String value = Json.text(from.get(field));
        if (value != null && !value.isBlank()) {
            to.put(field, value);
        }
    }
}
