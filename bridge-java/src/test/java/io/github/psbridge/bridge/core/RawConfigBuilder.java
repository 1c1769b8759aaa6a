package io.github.psbridge.bridge.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Builds the {@link RawConfig} a page would give, from attributes or the config object. */
final class RawConfigBuilder implements RawConfig {
    private final Map<String, RawValue> values = new HashMap<>();
    private final List<RawValue> groupEntries = new ArrayList<>();
    private String groupsJsonError;

    static RawConfigBuilder page() {
        return new RawConfigBuilder();
    }

    /** A usable config: a project key and nothing else. */
    static RawConfigBuilder withKey() {
        return page().attribute("apiKey", "phc_test");
    }

    /** The {@code data-*} attribute of a config key, as the script tag would carry it. */
    RawConfigBuilder attribute(String key, String text) {
        String attribute = "data-" + key.replaceAll("([A-Z])", "-$1").toLowerCase();
        values.put(key, new RawValue(attribute, text, "string"));
        return this;
    }

    /** A string property of {@code window.posthogSegmentBridgeConfig}. */
    RawConfigBuilder property(String key, String text) {
        return property(key, text, "string");
    }

    /** A property of the config object, of the given JavaScript kind. */
    RawConfigBuilder property(String key, String text, String kind) {
        values.put(key, new RawValue(key, text, kind));
        return this;
    }

    RawConfigBuilder group(String type, String key, String keyType) {
        values.putIfAbsent("groups", new RawValue("groups", "[object Object]", "object"));
        groupEntries.add(new RawValue(type, key, keyType));
        return this;
    }

    RawConfigBuilder groupsAttributeError(String text, String error) {
        attribute("groups", text);
        groupsJsonError = error;
        return this;
    }

    @Override
    public RawValue setting(String key) {
        return values.getOrDefault(key, RawValue.absent(key));
    }

    @Override
    public RawValue property(String key) {
        return setting(key);
    }

    @Override
    public RawValue groups() {
        return setting("groups");
    }

    @Override
    public RawValue[] groupEntries() {
        return groupEntries.toArray(new RawValue[0]);
    }

    @Override
    public String groupsJsonError() {
        return groupsJsonError;
    }
}
