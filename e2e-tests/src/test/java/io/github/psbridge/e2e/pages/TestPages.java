package io.github.psbridge.e2e.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Where the pages live on the demo server: the e2e templates in
 * {@code src/test/resources/test-pages} and the demo site's own pages.
 */
public final class TestPages {

    private static final ObjectMapper JSON = new ObjectMapper();

    private TestPages() {
    }

    /** The bridge configured by data attributes on its tag. */
    public static String byAttributes() {
        return "/test/by-attributes.html";
    }

    /** The bridge configured by {@code window.posthogSegmentBridgeConfig}. */
    public static String byConfigObject() {
        return "/test/by-config-object.html";
    }

    /**
     * The bridge configured by an object: the stand-ins' settings overridden by
     * {@code overrides}; a null value leaves that key out.
     */
    public static String configured(Map<String, ?> overrides) {
        return "/test/configured.html?config=" + encode(overrides);
    }

    /** The bridge configured only by these {@code data-*} attributes (names without data-). */
    public static String attributes(Map<String, String> attributes) {
        return "/test/attributes.html?attrs=" + encode(attributes);
    }

    /** Segment and PostHog on one page, not linked: PostHog captures its own pageview. */
    public static String noBridge() {
        return "/test/no-bridge.html";
    }

    /** The bridge's tag twice on one page. */
    public static String twice() {
        return "/test/twice.html";
    }

    /** The bridge by data attributes, served with a strict Content-Security-Policy. */
    public static String strictCsp() {
        return "/test/strict-csp.html";
    }

    /** PostHog's documented Segment setup, without the bridge: init, then page() at once. */
    public static String documentedSnippet() {
        return "/compare/documented-snippet.html";
    }

    /** The demo site's event inspector. */
    public static String inspector() {
        return "/inspector.html";
    }

    private static String encode(Map<String, ?> values) {
        try {
            return URLEncoder.encode(JSON.writeValueAsString(values), StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not writable as JSON: " + values, e);
        }
    }
}
