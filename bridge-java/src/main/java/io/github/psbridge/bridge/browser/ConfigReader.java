package io.github.psbridge.bridge.browser;

import io.github.psbridge.bridge.core.RawConfig;
import io.github.psbridge.bridge.core.RawValue;
import io.github.psbridge.bridge.js.JsValues;
import io.github.psbridge.bridge.js.Page;
import org.teavm.jso.JSObject;

/**
 * Reads the page's settings as they are: {@code window.posthogSegmentBridgeConfig} first,
 * key by key, then the script tag's {@code data-*} attributes. Judging them is
 * {@link io.github.psbridge.bridge.core.ConfigParser}'s job.
 */
final class ConfigReader implements RawConfig {
    static final String CONFIG_GLOBAL = "posthogSegmentBridgeConfig";

    private final JSObject configObject;
    private final JSObject scriptTag;
    private JSObject groups;
    private String groupsJsonError;

    ConfigReader(JSObject configObject, JSObject scriptTag) {
        this.configObject = configObject;
        this.scriptTag = scriptTag;
    }

    @Override
    public RawValue property(String key) {
        JSObject value = JsValues.get(configObject, key);
        return new RawValue(key, JsValues.text(value), JsValues.kind(value));
    }

    @Override
    public RawValue setting(String key) {
        RawValue fromObject = property(key);
        if (!fromObject.type().equals("undefined")) {
            return fromObject;
        }
        String attribute = Page.dataAttributeName(key);
        String fromTag = Page.attribute(scriptTag, attribute);
        return fromTag == null ? fromObject : new RawValue(attribute, fromTag, "string");
    }

    @Override
    public RawValue groups() {
        RawValue raw = setting("groups");
        if (raw.name().equals("groups")) {
            groups = JsValues.get(configObject, "groups");
            return raw;
        }
        // From data-groups: JSON, parsed by the browser's own JSON, typed as what it holds.
        groupsJsonError = JsValues.jsonError(raw.text());
        if (groupsJsonError != null) {
            return raw;
        }
        groups = JsValues.parseJson(raw.text());
        return new RawValue(raw.name(), raw.text(), JsValues.kind(groups));
    }

    @Override
    public RawValue[] groupEntries() {
        return JsValues.kind(groups).equals("object") ? entries(groups) : new RawValue[0];
    }

    @Override
    public String groupsJsonError() {
        return groupsJsonError;
    }

    /** The groups object as {@link #groups()} read it: undefined, null or any value. */
    JSObject groupsObject() {
        return groups;
    }

    /** The user's extra {@code posthog.init} options, or undefined. */
    JSObject postHogOptions() {
        return JsValues.get(configObject, "posthog");
    }

    private static RawValue[] entries(JSObject groups) {
        JSObject types = JsValues.keys(groups);
        RawValue[] entries = new RawValue[JsValues.length(types)];
        for (int i = 0; i < entries.length; i++) {
            String type = JsValues.textAt(types, i);
            JSObject key = JsValues.get(groups, type);
            entries[i] = new RawValue(type, JsValues.text(key), JsValues.typeOf(key));
        }
        return entries;
    }
}
