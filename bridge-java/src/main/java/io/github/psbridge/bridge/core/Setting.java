package io.github.psbridge.bridge.core;

/**
 * One key of the bridge's config, with the names it goes by in the config object and on
 * the script tag.
 */
public enum Setting {
    API_KEY("apiKey", "data-api-key"),
    API_HOST("apiHost", "data-api-host"),
    UI_HOST("uiHost", "data-ui-host"),
    SCRIPT_URL("scriptUrl", "data-script-url"),
    POSTHOG("posthog", null),
    TIMEOUT_MS("timeoutMs", "data-timeout-ms"),
    GROUPS("groups", "data-groups"),
    SPA_PAGEVIEWS("spaPageviews", "data-spa-pageviews"),
    DEBUG("debug", "data-debug");

    private final String key;
    private final String attribute;

    Setting(String key, String attribute) {
        this.key = key;
        this.attribute = attribute;
    }

    /** The property name in {@code window.posthogSegmentBridgeConfig}. */
    public String key() {
        return key;
    }

    /** The {@code data-*} attribute on the script tag, or null where there is none. */
    public String attribute() {
        return attribute;
    }
}
