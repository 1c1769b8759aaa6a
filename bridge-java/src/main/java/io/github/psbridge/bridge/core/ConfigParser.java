package io.github.psbridge.bridge.core;

import io.github.psbridge.bridge.BridgeConfig;
import java.util.function.Consumer;

/**
 * Checks the page's settings once, at the boundary, and either builds a {@link BridgeConfig}
 * or reports one message per unusable setting, in the order of the README's table. Each
 * message names the setting as the page wrote it and says the fix.
 */
public final class ConfigParser {
    static final int MAX_TIMEOUT_MS = 600_000;

    private final Consumer<String> problems;
    private String summary;
    private int timeoutMs = BridgeConfig.DEFAULT_TIMEOUT_MS;

    /** @param problems told each message about an unusable setting */
    public ConfigParser(Consumer<String> problems) {
        this.problems = problems;
    }

    /** The config, or null when a setting is unusable. */
    public BridgeConfig parse(RawConfig raw) {
        String apiKey = apiKey(raw.setting("apiKey"));
        String apiHost = url(raw.setting("apiHost"), BridgeConfig.DEFAULT_API_HOST);
        String uiHost = url(raw.setting("uiHost"), null);
        String scriptUrl = url(raw.setting("scriptUrl"), null);
        checkPostHogOptions(raw.property("posthog"));
        timeoutMs = timeout(raw.setting("timeoutMs"));
        checkGroups(raw);
        boolean spaPageviews = flag(raw.setting("spaPageviews"));
        boolean debug = flag(raw.setting("debug"));

        if (summary != null) {
            return null;
        }
        if (scriptUrl == null) {
            scriptUrl = defaultScriptUrl(apiHost);
        }
        return new BridgeConfig(apiKey, apiHost, uiHost, scriptUrl, timeoutMs, spaPageviews,
                debug);
    }

    /** The timeout the page asked for, or the default; set even when other settings are bad. */
    public int timeoutMs() {
        return timeoutMs;
    }

    /** Every problem reported, in one line for the console, or null when there were none. */
    public String summary() {
        return summary;
    }

    /**
     * posthog-js comes from PostHog's assets host when events go to PostHog's cloud, and
     * from the API host itself (a self-hosted instance or a reverse proxy) otherwise.
     */
    public static String defaultScriptUrl(String apiHost) {
        if (apiHost.equals("https://us.i.posthog.com")
                || apiHost.equals("https://app.posthog.com")
                || apiHost.equals("https://us.posthog.com")) {
            return "https://us-assets.i.posthog.com/static/array.js";
        }
        if (apiHost.equals("https://eu.i.posthog.com")
                || apiHost.equals("https://eu.posthog.com")) {
            return "https://eu-assets.i.posthog.com/static/array.js";
        }
        return apiHost + "/static/array.js";
    }

    private String apiKey(RawValue raw) {
        if (raw.isAbsent() || raw.text().isEmpty()) {
            add("apiKey is required: set data-api-key=\"phc_...\" on the bridge's "
                    + "script tag or apiKey in window.posthogSegmentBridgeConfig.");
            return null;
        }
        String key = raw.text().trim();
        if (key.startsWith("phx_")) {
            add(raw.name() + " is a personal API key (\"phx_...\"), which must never "
                    + "reach a browser: revoke it, and use the project API key (phc_...) "
                    + "from PostHog's project settings.");
            return null;
        }
        if (!"string".equals(raw.type()) || !key.startsWith("phc_")) {
            add(raw.name() + " must start with phc_: got \"" + preview(raw)
                    + "\". Use the project API key from PostHog's project settings.");
            return null;
        }
        return key;
    }

    private String url(RawValue raw, String fallback) {
        if (raw.isAbsent() || raw.text().isEmpty()) {
            return fallback;
        }
        String url = raw.text().trim();
        if ("string".equals(raw.type()) && Urls.isAllowed(url)) {
            return Urls.withoutTrailingSlash(url);
        }
        add(raw.name() + " must be an https: URL, or http: on localhost, 127.0.0.1 "
                + "or [::1]: got \"" + url + "\". Use e.g. https://eu.i.posthog.com.");
        return fallback;
    }

    private void checkPostHogOptions(RawValue raw) {
        if (!raw.isAbsent() && !"object".equals(raw.type())) {
            add(raw.name() + " must be an object of posthog.init options: got "
                    + raw.type() + ". Use e.g. posthog: { autocapture: false }.");
        }
    }

    private int timeout(RawValue raw) {
        if (raw.isAbsent()) {
            return BridgeConfig.DEFAULT_TIMEOUT_MS;
        }
        int value = wholeNumber(raw.text().trim());
        if (value < 1 || value > MAX_TIMEOUT_MS) {
            add(raw.name() + " must be a whole number of milliseconds from 1 to "
                    + MAX_TIMEOUT_MS + ": got \"" + raw.text() + "\". Use e.g. 5000.");
            return BridgeConfig.DEFAULT_TIMEOUT_MS;
        }
        return value;
    }

    /** The number, or -1 for anything but plain digits (no sign, no fraction). */
    static int wholeNumber(String text) {
        if (text.isEmpty() || text.length() > 9) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    private void checkGroups(RawConfig raw) {
        RawValue groups = raw.groups();
        if (raw.groupsJsonError() != null) {
            add(groups.name() + " must be JSON like {\"company\":\"42dlsfj23f\"}: "
                    + raw.groupsJsonError());
            return;
        }
        if (!groups.isAbsent() && !"object".equals(groups.type())) {
            add(groups.name() + " must map group types to keys, like "
                    + "{\"company\":\"42dlsfj23f\"}: got " + groups.type() + ".");
            return;
        }
        for (RawValue entry : raw.groupEntries()) {
            String problem = Groups.check(entry.name(), entry.text(), entry.type());
            if (problem != null) {
                add(groups.name() + "." + entry.name() + " " + problem);
            }
        }
    }

    private boolean flag(RawValue raw) {
        if (raw.isAbsent()) {
            return false;
        }
        String text = raw.text().trim();
        if (text.equals("true") || text.isEmpty()) {
            return true;
        }
        if (!text.equals("false")) {
            add(raw.name() + " must be true or false: got \"" + text + "\".");
        }
        return false;
    }

    private void add(String problem) {
        problems.accept(problem);
        summary = summary == null ? problem : summary + " " + problem;
    }

    /** A secret's first characters only, so a leaked key is not copied into logs. */
    private static String preview(RawValue raw) {
        String text = raw.text();
        return text.length() > 4 ? text.substring(0, 4) + "..." : text;
    }
}
