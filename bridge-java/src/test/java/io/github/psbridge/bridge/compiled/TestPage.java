package io.github.psbridge.bridge.compiled;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A host page put together from parts: Segment's stand-in in some state, posthog-js's
 * stand-in served, blocked or already on the page, the bridge's config, and the bridge's
 * script tag. Starts from a page that links: a project key and a 200 ms timeout on the tag,
 * Segment ready after 20 ms, PostHog loaded 20 ms after init.
 */
final class TestPage {
    static final String SITE = "https://shop.test";
    static final String BRIDGE_URL = SITE + "/js/posthog-segment-bridge.js";
    static final String SEGMENT_URL = SITE + "/stand-ins/segment.js";
    static final String PAGE_POSTHOG_URL = SITE + "/stand-ins/posthog.js";
    static final String DEFAULT_SCRIPT_URL = "https://us-assets.i.posthog.com/static/array.js";
    static final int TIMEOUT_MS = 200;

    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<String> scriptsBeforeBridge = new ArrayList<>();
    private final List<String> scriptsAfterBridge = new ArrayList<>();
    private String segment = "{ readyAfterMs: 20 }";
    private String posthog = "{ loadedAfterMs: 20 }";
    private boolean segmentOnPage = true;
    private boolean postHogOnPage;
    private String postHogServedAt = DEFAULT_SCRIPT_URL;
    private String nonce;
    private int bridgeCopies = 1;

    static TestPage linking() {
        return new TestPage().attribute("data-api-key", "phc_test")
                .attribute("data-timeout-ms", String.valueOf(TIMEOUT_MS));
    }

    TestPage attribute(String name, String value) {
        attributes.put(name, value);
        return this;
    }

    TestPage withoutAttribute(String name) {
        attributes.remove(name);
        return this;
    }

    /** Sets {@code window.posthogSegmentBridgeConfig} to this JavaScript expression. */
    TestPage config(String objectLiteral) {
        return scriptBeforeBridge("window.posthogSegmentBridgeConfig = " + objectLiteral + ";");
    }

    TestPage scriptBeforeBridge(String source) {
        scriptsBeforeBridge.add(source);
        return this;
    }

    /** Page code that runs right after the bridge's first run, before any timer. */
    TestPage scriptAfterBridge(String source) {
        scriptsAfterBridge.add(source);
        return this;
    }

    TestPage segmentReadyAfter(int ms) {
        segment = "{ readyAfterMs: " + ms + " }";
        return this;
    }

    /**
     * Segment has loaded before the bridge's tag runs; with {@code callsBackAtOnce} its
     * {@code ready} runs the callback before returning, as no analytics.js does but a
     * wrapper might.
     */
    TestPage segmentReadyBeforeBridge(boolean callsBackAtOnce) {
        segment = "{ readyAfterMs: -1, syncReady: " + callsBackAtOnce + " }";
        return scriptBeforeBridge("segmentStandIn.becomeReady();");
    }

    /** Segment's settings never arrive: {@code window.analytics} stays the snippet's stub. */
    /**
     * Segment loads at once but drops the {@code ready} calls queued on its stub, as happens
     * when the stub is swapped under a script running on another thread.
     */
    TestPage segmentLosesReady() {
        segment = "{ readyAfterMs: 0, loseReady: true }";
        return this;
    }

    TestPage segmentNeverReady() {
        return segmentReadyAfter(-1);
    }

    TestPage segmentUser(String userId) {
        segment = "{ readyAfterMs: 20, userId: '" + userId + "' }";
        return this;
    }

    /** Classic analytics.js: ready fires, but there is no {@code register}. */
    TestPage classicSegment() {
        segment = "{ readyAfterMs: 20, classic: true }";
        return this;
    }

    TestPage withoutSegment() {
        segmentOnPage = false;
        return this;
    }

    TestPage postHogLoadedAfter(int ms) {
        posthog = "{ loadedAfterMs: " + ms + " }";
        return this;
    }

    /** posthog-js's init never calls {@code loaded}. */
    TestPage postHogNeverLoaded() {
        return postHogLoadedAfter(-1);
    }

    /** Nothing is served where posthog-js is loaded from: the request gets a 404. */
    TestPage postHogBlocked() {
        postHogServedAt = null;
        return this;
    }

    TestPage postHogServedAt(String url) {
        postHogServedAt = url;
        return this;
    }

    /** The page loads posthog-js itself, before the bridge. */
    TestPage postHogOnPage() {
        postHogOnPage = true;
        postHogServedAt = null;
        return this;
    }

    TestPage nonce(String value) {
        nonce = value;
        return this;
    }

    TestPage bridgeTwice() {
        bridgeCopies = 2;
        return this;
    }

    /** Where posthog-js's stand-in is served, or null when nothing is. */
    String postHogServedAt() {
        return postHogServedAt;
    }

    String html() {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head>");
        html.append("<title>Shop</title>\n");
        inline(html, "window.standIn = { segment: " + segment + ", posthog: " + posthog + " };");
        if (segmentOnPage) {
            external(html, SEGMENT_URL, "");
        }
        if (postHogOnPage) {
            external(html, PAGE_POSTHOG_URL, "");
        }
        scriptsBeforeBridge.forEach(source -> inline(html, source));
        for (int i = 0; i < bridgeCopies; i++) {
            external(html, BRIDGE_URL, bridgeAttributes());
        }
        scriptsAfterBridge.forEach(source -> inline(html, source));
        return html.append("</head><body><h1>Shop</h1></body></html>\n").toString();
    }

    private String bridgeAttributes() {
        StringBuilder text = new StringBuilder();
        if (nonce != null) {
            text.append(" nonce=\"").append(escape(nonce)).append('"');
        }
        attributes.forEach((name, value) -> text.append(' ').append(name).append("=\"")
                .append(escape(value)).append('"'));
        return text.toString();
    }

    private static void inline(StringBuilder html, String source) {
        html.append("<script>").append(source).append("</script>\n");
    }

    private static void external(StringBuilder html, String url, String attributes) {
        html.append("<script src=\"").append(url).append('"').append(attributes)
                .append("></script>\n");
    }

    private static String escape(String value) {
        return value.replace("&", "&amp;").replace("\"", "&quot;");
    }
}
