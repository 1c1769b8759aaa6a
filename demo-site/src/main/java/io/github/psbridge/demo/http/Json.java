package io.github.psbridge.demo.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/** The one Jackson mapper of the server, and parsing that turns bad JSON into a 400. */
public final class Json {

    /** Shared and thread-safe once configured. */
    public static final ObjectMapper MAPPER = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private Json() {
    }

    /**
     * Parses {@code bytes} as JSON.
     *
     * @param what names the body in the error message, e.g. {@code "Segment event"}
     * @throws HttpProblem 400 when the bytes are empty or not JSON
     */
    public static JsonNode parse(byte[] bytes, String what) {
        if (bytes.length == 0) {
            throw HttpProblem.badRequest(what + " body is empty: send a JSON object");
        }
        try {
            JsonNode node = MAPPER.readTree(bytes);
            if (node == null || node.isMissingNode()) {
                throw HttpProblem.badRequest(what + " body is empty: send a JSON object");
            }
            return node;
        } catch (JsonProcessingException e) {
            throw HttpProblem.badRequest(what + " body is malformed JSON: "
                    + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw HttpProblem.badRequest(what + " body could not be read: " + e.getMessage());
        }
    }

    /** A new empty JSON object. */
    public static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /** Serialises {@code node}; our own trees always serialise. */
    public static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree failed to serialise", e);
        }
    }

    /** The text of {@code node}, or null when it is missing, null or not a value. */
    public static String text(JsonNode node) {
        return node == null || !node.isValueNode() || node.isNull() ? null : node.asText();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int end = message.indexOf('\n');
        return end < 0 ? message : message.substring(0, end);
    }
}
