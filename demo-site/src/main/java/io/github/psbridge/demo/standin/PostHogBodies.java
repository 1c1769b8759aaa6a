package io.github.psbridge.demo.standin;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.psbridge.demo.http.HttpProblem;
import io.github.psbridge.demo.http.Json;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * Decodes the bodies posthog-js 1.449 sends to its capture and recording endpoints:
 * <ul>
 *   <li>plain JSON ({@code application/json}), when the remote config lists no compression;
 *   <li>gzip ({@code text/plain}, fflate or the browser's CompressionStream). Newer versions
 *       drop the {@code compression=gzip-js} query parameter, so gzip is recognised by its
 *       magic bytes;
 *   <li>a form body {@code data=<url-encoded base64 of the JSON>} with
 *       {@code ?compression=base64}: what sendBeacon sends on page unload, where a CORS
 *       preflight cannot run. (The old {@code lz64} encoding no longer exists.)
 * </ul>
 * The JSON is one event, an array of events, or {@code {api_key, batch: [...], sent_at}}.
 */
final class PostHogBodies {

    /** Decompressed bodies may be bigger than what was sent, within reason. */
    static final int DECODED_LIMIT = 64 * 1024 * 1024;

    private PostHogBodies() {
    }

    /** The events in a body, each a JSON object. */
    static List<JsonNode> events(byte[] raw, String compression) {
        JsonNode root = decode(raw, compression);
        JsonNode batch = root.isObject() && root.has("batch") ? root.get("batch") : root;
        List<JsonNode> events = new ArrayList<>();
        if (batch.isArray()) {
            batch.forEach(events::add);
        } else {
            events.add(batch);
        }
        if (!events.stream().allMatch(JsonNode::isObject)) {
            throw HttpProblem.badRequest("PostHog events must be JSON objects");
        }
        return events;
    }

    /** The JSON inside a body in any of the encodings above. */
    static JsonNode decode(byte[] raw, String compression) {
        if (isGzip(raw)) {
            return Json.parse(gunzip(raw), "PostHog gzip");
        }
        String text = new String(raw, StandardCharsets.UTF_8);
        if (text.startsWith("data=")) {
            return Json.parse(formData(text), "PostHog form");
        }
        if ("base64".equals(compression)) {
            return Json.parse(base64(text), "PostHog base64");
        }
        return Json.parse(raw, "PostHog");
    }

    private static boolean isGzip(byte[] raw) {
        return raw.length > 2 && (raw[0] & 0xff) == 0x1f && (raw[1] & 0xff) == 0x8b;
    }

    private static byte[] gunzip(byte[] raw) {
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(raw))) {
            byte[] body = in.readNBytes(DECODED_LIMIT + 1);
            if (body.length > DECODED_LIMIT) {
                throw new HttpProblem(413, "gzip body unpacks to more than "
                        + DECODED_LIMIT + " bytes");
            }
            return body;
        } catch (IOException e) {
            throw HttpProblem.badRequest("PostHog gzip body is corrupt: " + e.getMessage());
        }
    }

    // data=... holds base64 (compression=base64) or, from old clients, url-encoded JSON.
    private static byte[] formData(String form) {
        String value = form.substring("data=".length());
        int end = value.indexOf('&');
        try {
            value = URLDecoder.decode(end < 0 ? value : value.substring(0, end),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest("PostHog form body is not url-encoded: " + e.getMessage());
        }
        String trimmed = value.strip();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            return trimmed.getBytes(StandardCharsets.UTF_8);
        }
        return base64(trimmed);
    }

    private static byte[] base64(String text) {
        try {
            return Base64.getMimeDecoder().decode(text.strip());
        } catch (IllegalArgumentException e) {
            throw HttpProblem.badRequest("PostHog body is not valid base64: " + e.getMessage());
        }
    }
}
