package io.github.psbridge.demo.relay;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.psbridge.demo.http.Json;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Turns a Segment message into the PostHog event that PostHog's Segment destination would
 * send: page becomes {@code $pageview}, screen {@code $screen}, track keeps its name, identify
 * becomes {@code $identify} (or {@code $set} without a user id), group {@code $groupidentify}
 * and alias {@code $create_alias}.
 *
 * <p>Like the real destination it maps a few context fields to PostHog's names
 * ({@code page.url} to {@code $current_url}, ...), keeps the rest of the context under
 * {@code segment_*} keys, lets the event's own properties (PostHog's enrichment and
 * {@code $groups} included) win, and marks the event with {@code $lib: "Segment"}. The
 * {@code uuid} is derived from Segment's {@code messageId}, so a retried message maps to the
 * same PostHog event.
 */
public final class PostHogDestination {

    /** The group type the real destination files every Segment group under. */
    public static final String GROUP_TYPE = "segment_group";

    private static final Map<String, String> CONTEXT_FIELDS = contextFields();

    private PostHogDestination() {
    }

    /**
     * The PostHog event for {@code message}, or null for a type PostHog has no mapping for.
     *
     * @param apiKey the PostHog project key the destination sends with
     */
    public static ObjectNode map(JsonNode message, String apiKey) {
        String type = Json.text(message.get("type"));
        ObjectNode properties = message.path("properties").isObject()
                ? ((ObjectNode) message.get("properties")).deepCopy() : Json.object();
        String event;
        switch (type == null ? "" : type) {
            case "track" -> event = Json.text(message.get("event"));
            case "page" -> event = "$pageview";
            case "screen" -> {
                event = "$screen";
                properties.set("$screen_name", message.get("name"));
            }
            case "identify" -> event = identify(message, properties);
            case "group" -> {
                event = "$groupidentify";
                properties = groupProperties(message);
            }
            case "alias" -> {
                event = "$create_alias";
                properties = Json.object();
                properties.set("alias", message.get("previousId"));
                properties.set("distinct_id", message.get("userId"));
            }
            default -> {
                return null;
            }
        }
        return event == null ? null : envelope(message, event, properties, apiKey);
    }

    private static String identify(JsonNode message, ObjectNode properties) {
        properties.set("$set", message.path("traits").isObject()
                ? message.get("traits") : Json.object());
        if (Json.text(message.get("userId")) == null) {
            return "$set";
        }
        if (Json.text(message.get("anonymousId")) != null) {
            properties.set("$anon_distinct_id", message.get("anonymousId"));
        }
        return "$identify";
    }

    private static ObjectNode groupProperties(JsonNode message) {
        ObjectNode properties = Json.object()
                .put("$geoip_disable", true)
                .put("$group_type", GROUP_TYPE);
        properties.set("$group_key", message.get("groupId"));
        properties.set("$group_set", message.path("traits").isObject()
                ? message.get("traits") : Json.object());
        return properties;
    }

    private static ObjectNode envelope(
            JsonNode message, String event, ObjectNode own, String apiKey) {
        ObjectNode properties = fromContext(message.get("context"));
        properties.setAll(renamed(own));
        String groupId = Json.text(message.path("context").get("groupId"));
        if (groupId != null) {
            properties.set("$groups", Json.object().put(GROUP_TYPE, groupId));
        }
        String userId = Json.text(message.get("userId"));
        properties.put("distinct_id",
                userId != null ? userId : Json.text(message.get("anonymousId")));
        properties.put("$lib", "Segment");

        ObjectNode posthog = Json.object().put("uuid", uuidFor(message)).put("event", event);
        posthog.set("timestamp", message.get("timestamp"));
        posthog.put("api_key", apiKey);
        posthog.set("properties", properties);
        return posthog;
    }

    // The destination's renames of a few Segment property names to PostHog's.
    private static ObjectNode renamed(ObjectNode properties) {
        if (properties.has("url")) {
            properties.set("$current_url", properties.remove("url"));
        }
        if (properties.has("utm_name")) {
            properties.set("utm_campaign", properties.get("utm_name"));
        }
        if (properties.has("browser")) {
            properties.set("$browser", properties.get("browser"));
        }
        return properties;
    }

    private static ObjectNode fromContext(JsonNode context) {
        ObjectNode mapped = Json.object();
        if (context == null || !context.isObject()) {
            return mapped;
        }
        JsonNode campaign = context.get("campaign");
        if (campaign != null && campaign.isObject()) {
            campaign.fields().forEachRemaining(field -> mapped.set(
                    "utm_" + ("name".equals(field.getKey()) ? "campaign" : field.getKey()),
                    field.getValue()));
        }
        CONTEXT_FIELDS.forEach((path, name) -> {
            JsonNode value = context.at("/" + path.replace('.', '/'));
            if (!value.isMissingNode()) {
                mapped.set(name, value);
            }
        });
        for (Iterator<String> names = context.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!"campaign".equals(name)) {
                mapped.set("segment_" + name, context.get(name));
            }
        }
        return mapped;
    }

    private static String uuidFor(JsonNode message) {
        String messageId = Json.text(message.get("messageId"));
        return messageId == null ? UUID.randomUUID().toString()
                : UUID.nameUUIDFromBytes(("segment:" + messageId)
                        .getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static Map<String, String> contextFields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("ip", "$ip");
        fields.put("page.url", "$current_url");
        fields.put("page.path", "$pathname");
        fields.put("os.name", "$os");
        fields.put("page.referrer", "$referrer");
        fields.put("screen.width", "$screen_width");
        fields.put("screen.height", "$screen_height");
        fields.put("device.type", "$device_type");
        return fields;
    }
}
