package io.github.psbridge.bridge.core;

/**
 * A setting as the page gave it, before any checks.
 *
 * @param name where it came from, as the user wrote it: {@code apiKey} or {@code data-api-key};
 *             for a {@code groups} entry, its group type
 * @param text the value turned into text, or null when the setting is absent
 * @param type the value's JavaScript {@code typeof}, with {@code "null"} and {@code "array"}
 *             told apart from {@code "object"}; {@code "string"} for an attribute
 */
public record RawValue(String name, String text, String type) {

    public static RawValue absent(String key) {
        return new RawValue(key, null, "undefined");
    }

    public boolean isAbsent() {
        return text == null;
    }
}
