package io.github.psbridge.bridge.browser;

import io.github.psbridge.bridge.core.GroupEntry;
import io.github.psbridge.bridge.core.RawConfig;
import io.github.psbridge.bridge.core.RawValue;
import io.github.psbridge.bridge.core.Setting;
import io.github.psbridge.bridge.js.JsValues;
import io.github.psbridge.bridge.js.Page;
import java.util.ArrayList;
import java.util.List;
import org.teavm.jso.JSObject;

/**
 * Reads the page's settings as they are: {@code window.posthogSegmentBridgeConfig} first,
 * key by key, then the script tag's {@code data-*} attributes. Judging them is
 * {@link io.github.psbridge.bridge.core.ConfigParser}'s job.
 */
final class ConfigReader {
    static final String CONFIG_GLOBAL = "posthogSegmentBridgeConfig";

    private final JSObject configObject;
    private final JSObject scriptTag;
    private final List<GroupEntry> groupEntries = new ArrayList<>();
    private String groupsError;

    ConfigReader(JSObject configObject, JSObject scriptTag) {
        this.configObject = configObject;
        this.scriptTag = scriptTag;
    }

    RawConfig read() {
        RawValue groups = groups();
        return new RawConfig(value(Setting.API_KEY), value(Setting.API_HOST),
                value(Setting.UI_HOST), value(Setting.SCRIPT_URL), value(Setting.POSTHOG),
                value(Setting.TIMEOUT_MS), groups, groupEntries, groupsError,
                value(Setting.SPA_PAGEVIEWS), value(Setting.DEBUG));
    }

    /** The user's extra {@code posthog.init} options, or null. */
    JSObject postHogOptions() {
        return JsValues.get(configObject, Setting.POSTHOG.key());
    }

    private RawValue value(Setting setting) {
        JSObject fromObject = JsValues.get(configObject, setting.key());
        String type = JsValues.kind(fromObject);
        if (!type.equals("undefined")) {
            return new RawValue(setting.key(), JsValues.text(fromObject), type);
        }
        String fromTag = setting.attribute() == null ? null
                : Page.attribute(scriptTag, setting.attribute());
        if (fromTag == null) {
            return RawValue.absent(setting);
        }
        return new RawValue(setting.attribute(), fromTag, "string");
    }

    /** Reads {@code groups}; from an attribute it is JSON, parsed by the browser's own JSON. */
    private RawValue groups() {
        RawValue raw = value(Setting.GROUPS);
        if (raw.isAbsent()) {
            return raw;
        }
        JSObject groups = JsValues.get(configObject, Setting.GROUPS.key());
        if (raw.name().equals(Setting.GROUPS.attribute())) {
            groupsError = JsValues.jsonError(raw.text());
            if (groupsError != null) {
                return raw;
            }
            groups = JsValues.parseJson(raw.text());
        }
        String kind = JsValues.kind(groups);
        if (kind.equals("object")) {
            readEntries(groups);
        }
        return new RawValue(raw.name(), raw.text(), kind);
    }

    private void readEntries(JSObject groups) {
        JSObject types = JsValues.keys(groups);
        for (int i = 0; i < JsValues.length(types); i++) {
            String type = JsValues.textAt(types, i);
            JSObject key = JsValues.get(groups, type);
            groupEntries.add(new GroupEntry(type, JsValues.text(key), JsValues.typeOf(key)));
        }
    }
}
