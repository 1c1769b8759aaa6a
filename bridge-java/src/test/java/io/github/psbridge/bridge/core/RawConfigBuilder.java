package io.github.psbridge.bridge.core;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Builds the {@link RawConfig} a page would give, from attributes or the config object. */
final class RawConfigBuilder {
    private final Map<Setting, RawValue> values = new EnumMap<>(Setting.class);
    private final List<GroupEntry> groupEntries = new ArrayList<>();
    private String groupsError;

    static RawConfigBuilder page() {
        return new RawConfigBuilder();
    }

    /** A usable config: a project key and nothing else. */
    static RawConfigBuilder withKey() {
        return page().attribute(Setting.API_KEY, "phc_test");
    }

    /** A {@code data-*} attribute on the script tag. */
    RawConfigBuilder attribute(Setting setting, String text) {
        values.put(setting, new RawValue(setting.attribute(), text, "string"));
        return this;
    }

    /** A string property of {@code window.posthogSegmentBridgeConfig}. */
    RawConfigBuilder property(Setting setting, String text) {
        return property(setting, text, "string");
    }

    /** A property of the config object, of the given JavaScript kind. */
    RawConfigBuilder property(Setting setting, String text, String kind) {
        values.put(setting, new RawValue(setting.key(), text, kind));
        return this;
    }

    RawConfigBuilder group(String type, String key, String keyType) {
        values.putIfAbsent(Setting.GROUPS, new RawValue("groups", "[object Object]", "object"));
        groupEntries.add(new GroupEntry(type, key, keyType));
        return this;
    }

    RawConfigBuilder groupsAttributeError(String text, String error) {
        attribute(Setting.GROUPS, text);
        groupsError = error;
        return this;
    }

    RawConfig build() {
        return new RawConfig(value(Setting.API_KEY), value(Setting.API_HOST),
                value(Setting.UI_HOST), value(Setting.SCRIPT_URL), value(Setting.POSTHOG),
                value(Setting.TIMEOUT_MS), value(Setting.GROUPS), groupEntries, groupsError,
                value(Setting.SPA_PAGEVIEWS), value(Setting.DEBUG));
    }

    private RawValue value(Setting setting) {
        return values.getOrDefault(setting, RawValue.absent(setting));
    }
}
