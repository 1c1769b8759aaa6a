package io.github.psbridge.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.psbridge.demo.http.Json;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * One event that reached a stand-in: a single Segment message, or a single PostHog event,
 * even when it arrived in a batch (each event of a batch keeps the batch's request path).
 *
 * <pre>{@code
 * List<RecordedEvent> pages = server.recorder().segment().stream()
 *         .filter(e -> e.type().equals("page"))
 *         .toList();
 * }</pre>
 *
 * @param time when the server received it
 * @param method the HTTP method of the request, or {@code RELAY} for a relayed event
 * @param path the request path, e.g. {@code /segment-api/v1/p} or {@code /ph/i/v0/e/}
 * @param userAgent the request's {@code User-Agent}, or null
 * @param body the decoded event
 * @param source who sent it
 */
public record RecordedEvent(
        Instant time, String method, String path, String userAgent, JsonNode body,
        Source source) {

    /** Who sent an event. */
    public enum Source {
        /** A Segment library or backend, through the Segment stand-in's tracking API. */
        SEGMENT,
        /** posthog-js (or any PostHog client) straight to the PostHog stand-in. */
        POSTHOG,
        /** The Segment stand-in, forwarding a Segment event as PostHog's destination does. */
        RELAY
    }

    public RecordedEvent {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(source, "source");
    }

    /**
     * For Segment: the message type ({@code page}, {@code track}, {@code identify},
     * {@code group}, {@code alias}, {@code screen}). For PostHog: the event name
     * ({@code $pageview}, {@code Product Added}, ...). Empty when absent.
     */
    public String type() {
        String field = source == Source.SEGMENT ? "type" : "event";
        return orEmpty(Json.text(body.get(field)));
    }

    /** For Segment track events, the event name; for PostHog the same as {@link #type()}. */
    public String eventName() {
        return orEmpty(Json.text(body.get("event")));
    }

    /**
     * The identity PostHog files the event under. Segment: {@code userId}, else
     * {@code anonymousId} (what the relay uses). PostHog: {@code distinct_id}.
     */
    public String distinctId() {
        if (source == Source.SEGMENT) {
            String userId = userId();
            return userId != null ? userId : anonymousId();
        }
        String inProperties = Json.text(properties().get("distinct_id"));
        return inProperties != null ? inProperties : Json.text(body.get("distinct_id"));
    }

    /** Segment's {@code userId}, or null. */
    public String userId() {
        return Json.text(body.get("userId"));
    }

    /** Segment's {@code anonymousId}; for PostHog {@code $anon_distinct_id}. Null if absent. */
    public String anonymousId() {
        if (source == Source.SEGMENT) {
            return Json.text(body.get("anonymousId"));
        }
        return Json.text(properties().get("$anon_distinct_id"));
    }

    /** The event's properties: never null, an empty object when it has none. */
    public JsonNode properties() {
        JsonNode properties = body.get("properties");
        return properties != null && properties.isObject() ? properties : Json.object();
    }

    /** PostHog's {@code $session_id} in the properties, or null. */
    public String sessionId() {
        return Json.text(properties().get("$session_id"));
    }

    /** Whether the Segment stand-in forwarded this event to PostHog. */
    public boolean relayed() {
        return source == Source.RELAY;
    }

    /** The event as the control API shows it. */
    public ObjectNode toJson() {
        ObjectNode json = Json.object()
                .put("time", time.toString())
                .put("method", method)
                .put("path", path)
                .put("userAgent", userAgent)
                .put("source", source.name().toLowerCase(Locale.ROOT))
                .put("relayed", relayed())
                .put("type", type());
        json.set("body", body);
        return json;
    }

    private static String orEmpty(String text) {
        return text == null ? "" : text;
    }
}
