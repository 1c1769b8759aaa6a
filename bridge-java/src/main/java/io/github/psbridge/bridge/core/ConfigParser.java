package io.github.psbridge.bridge.core;

import io.github.psbridge.bridge.BridgeConfig;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks the page's settings once, at the boundary, and either builds a {@link BridgeConfig}
 * or collects one message per unusable setting. Each message names the setting as the
 * page wrote it and says the fix.
 */
public final class ConfigParser {
    static final int MAX_TIMEOUT_MS = 600_000;

    private final List<String> problems = new ArrayList<>();
    private int timeoutMs = BridgeConfig.DEFAULT_TIMEOUT_MS;

    /** The config, or null when {@link #problems()} says why not. */
    public BridgeConfig parse(RawConfig raw) {
        String apiKey = apiKey(raw.apiKey());
        String apiHost = url(raw.apiHost(), BridgeConfig.DEFAULT_API_HOST);
        String uiHost = url(raw.uiHost(), null);
        String scriptUrl = url(raw.scriptUrl(), null);
        checkPostHogOptions(raw.posthog());
        timeoutMs = timeout(raw.timeoutMs());
        Groups groups = groups(raw);
        boolean spaPageviews = flag(raw.spaPageviews());
        boolean debug = flag(raw.debug());

        if (!problems.isEmpty()) {
            return null;
        }
        if (scriptUrl == null) {
            scriptUrl = defaultScriptUrl(apiHost);
        }
        return new BridgeConfig(apiKey, apiHost, uiHost, scriptUrl, timeoutMs, groups,
                spaPageviews, debug);
    }

    /** The timeout the page asked for, or the default; set even when other settings are bad. */
    public int timeoutMs() {
        return timeoutMs;
    }

    /** Messages about unusable settings, in the order of DESIGN.md's table. */
    public List<String> problems() {
        return problems;
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
            problems.add("apiKey is required: set data-api-key=\"phc_...\" on the bridge's "
                    + "script tag or apiKey in window.posthogSegmentBridgeConfig.");
            return null;
        }
        String key = raw.text().trim();
        if (key.startsWith("phx_")) {
            problems.add(raw.name() + " is a personal API key (\"phx_...\"), which must never "
                    + "reach a browser: revoke it, and use the project API key (phc_...) "
                    + "from PostHog's project settings.");
            return null;
        }
        if (!"string".equals(raw.type()) || !key.startsWith("phc_")) {
            problems.add(raw.name() + " must start with phc_: got " + preview(raw)
                    + ". Use the project API key from PostHog's project settings.");
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
        problems.add(raw.name() + " must be an https: URL, or http: on localhost, 127.0.0.1 "
                + "or [::1]: got \"" + url + "\". Use e.g. https://eu.i.posthog.com.");
        return fallback;
    }

    private void checkPostHogOptions(RawValue raw) {
        if (!raw.isAbsent() && !"object".equals(raw.type())) {
            problems.add(raw.name() + " must be an object of posthog.init options: got "
                    + raw.type() + ". Use e.g. posthog: { autocapture: false }.");
        }
    }

    private int timeout(RawValue raw) {
        if (raw.isAbsent()) {
            return BridgeConfig.DEFAULT_TIMEOUT_MS;
        }
        int value = wholeNumber(raw.text().trim());
        if (value < 1 || value > MAX_TIMEOUT_MS) {
            problems.add(raw.name() + " must be a whole number of milliseconds from 1 to "
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

    private Groups groups(RawConfig raw) {
        Groups groups = new Groups();
        String name = raw.groups().name();
        if (raw.groupsError() != null) {
            problems.add(name + " must be JSON like {\"company\":\"42dlsfj23f\"}: "
                    + raw.groupsError());
            return groups;
        }
        if (!raw.groups().isAbsent() && !"object".equals(raw.groups().type())) {
            problems.add(name + " must map group types to keys, like "
                    + "{\"company\":\"42dlsfj23f\"}: got " + raw.groups().type() + ".");
            return groups;
        }
        for (GroupEntry entry : raw.groupEntries()) {
            String problem = Groups.check(entry.type(), entry.key(), entry.keyType());
            if (problem != null) {
                problems.add(name + "." + entry.type() + " " + problem);
            } else {
                groups.put(entry.type(), entry.key());
            }
        }
        return groups;
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
            problems.add(raw.name() + " must be true or false: got \"" + text + "\".");
        }
        return false;
    }

    /** A secret's first characters only, so a leaked key is not copied into logs. */
    private static String preview(RawValue raw) {
        String text = raw.text();
        return "\"" + (text.length() > 4 ? text.substring(0, 4) + "..." : text) + "\"";
    }
}
