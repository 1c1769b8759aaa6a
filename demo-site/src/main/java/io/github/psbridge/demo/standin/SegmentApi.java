package io.github.psbridge.demo.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.psbridge.demo.EventRecorder;
import io.github.psbridge.demo.RecordedEvent;
import io.github.psbridge.demo.http.Bodies;
import io.github.psbridge.demo.http.HttpProblem;
import io.github.psbridge.demo.http.Json;
import io.github.psbridge.demo.http.Responses;
import io.github.psbridge.demo.relay.PostHogDestination;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Segment's tracking API under {@code /segment-api/v1/}: the browser endpoints analytics.js
 * posts to ({@code t p i g a s}, and {@code b} when its batching delivery is on) and the
 * server-side HTTP API ({@code track page identify group alias screen batch import}).
 *
 * <p>analytics.js sends a {@code text/plain} JSON body that holds {@code writeKey} and also
 * sets {@code Authorization: Basic base64(writeKey:)}; backends use either. A message is
 * accepted only when its write key is known, it names a user ({@code userId} or
 * {@code anonymousId}) and, for track, an {@code event}. A batch is accepted or refused whole.
 * Accepted messages are recorded and relayed to PostHog through {@link PostHogDestination}.
 */
public final class SegmentApi {

    private static final Logger LOG = LoggerFactory.getLogger(SegmentApi.class);

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("t", "track"), Map.entry("p", "page"), Map.entry("i", "identify"),
            Map.entry("g", "group"), Map.entry("a", "alias"), Map.entry("s", "screen"),
            Map.entry("track", "track"), Map.entry("page", "page"),
            Map.entry("identify", "identify"), Map.entry("group", "group"),
            Map.entry("alias", "alias"), Map.entry("screen", "screen"));

    private static final List<String> BATCHES = List.of("b", "batch", "import");

    private final String writeKey;
    private final String posthogKey;
    private final EventRecorder recorder;

    /**
     * @param writeKey the one write key this stand-in accepts
     * @param posthogKey the project key relayed events carry, as the destination's setting
     */
    public SegmentApi(String writeKey, String posthogKey, EventRecorder recorder) {
        this.writeKey = writeKey;
        this.posthogKey = posthogKey;
        this.recorder = recorder;
    }

    /** Handles {@code POST /segment-api/v1/{endpoint}}. */
    public void receive(Context ctx) {
        String endpoint = ctx.pathParam("endpoint");
        boolean batch = BATCHES.contains(endpoint);
        if (!batch && !TYPES.containsKey(endpoint)) {
            throw HttpProblem.notFound("no Segment endpoint /v1/" + endpoint
                    + ": use track, page, identify, group, alias, screen or batch");
        }
        JsonNode body = Json.parse(Bodies.read(ctx, Bodies.ONE_MIB), "Segment");
        if (!body.isObject()) {
            throw HttpProblem.badRequest("Segment body must be a JSON object: got "
                    + body.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        authorize(ctx, body);
        List<ObjectNode> messages = batch ? batchMessages(body) : List.of(
                message(body.deepCopy(), TYPES.get(endpoint)));
        messages.forEach(message -> record(ctx, message));
        Responses.json(ctx, Json.object().put("success", true));
    }

    private void authorize(Context ctx, JsonNode body) {
        String key = Json.text(body.get("writeKey"));
        if (key == null) {
            key = basicUser(ctx.header("Authorization"));
        }
        if (key == null) {
            throw HttpProblem.unauthorized("no write key: send it as the Basic auth user name"
                    + " (Authorization: Basic base64(writeKey:)) or as writeKey in the body");
        }
        if (!writeKey.equals(key)) {
            throw HttpProblem.unauthorized("unknown write key \"" + key + "\": this demo"
                    + " accepts only its own write key");
        }
    }

    private static String basicUser(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(
                    authorization.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? decoded : decoded.substring(0, colon);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.unauthorized("Authorization header is not valid Basic auth: "
                    + e.getMessage());
        }
    }

    private static List<ObjectNode> batchMessages(JsonNode body) {
        JsonNode batch = body.get("batch");
        if (batch == null || !batch.isArray()) {
            throw HttpProblem.badRequest("Segment batch must have a \"batch\" array of messages");
        }
        List<ObjectNode> messages = new ArrayList<>();
        for (JsonNode item : (ArrayNode) batch) {
            if (!item.isObject()) {
                throw HttpProblem.badRequest("every item of \"batch\" must be a JSON object");
            }
            ObjectNode message = ((ObjectNode) item).deepCopy();
            if (!message.has("context") && body.has("context")) {
                message.set("context", body.get("context"));
            }
            messages.add(message(message, null));
        }
        return messages;
    }

    // Fills in what Segment's servers add, after checking what they require.
    private static ObjectNode message(ObjectNode message, String endpointType) {
        String type = Json.text(message.get("type"));
        if (type == null) {
            type = endpointType;
        }
        if (type == null || !TYPES.containsValue(type)) {
            throw HttpProblem.badRequest("message type must be one of track, page, identify,"
                    + " group, alias, screen: got " + message.get("type"));
        }
        if (Json.text(message.get("userId")) == null
                && Json.text(message.get("anonymousId")) == null) {
            throw HttpProblem.badRequest(type + " needs a userId or an anonymousId");
        }
        if ("track".equals(type) && Json.text(message.get("event")) == null) {
            throw HttpProblem.badRequest("track needs an event name in \"event\"");
        }
        message.put("type", type);
        if (Json.text(message.get("messageId")) == null) {
            message.put("messageId", "api-" + UUID.randomUUID());
        }
        message.put("receivedAt", Instant.now().toString());
        return message;
    }

    private void record(Context ctx, ObjectNode message) {
        Instant now = Instant.now();
        String agent = ctx.userAgent();
        recorder.add(EventRecorder.Stream.SEGMENT, new RecordedEvent(now,
                ctx.method().name(), ctx.path(), agent, message, RecordedEvent.Source.SEGMENT));
        ObjectNode relayed = PostHogDestination.map(message, posthogKey);
        if (relayed != null) {
            recorder.add(EventRecorder.Stream.POSTHOG, new RecordedEvent(
                    now, "RELAY", ctx.path(), agent, relayed, RecordedEvent.Source.RELAY));
        }
        LOG.debug("Segment {} recorded from {}", message.get("type").asText(), ctx.path());
    }
}
