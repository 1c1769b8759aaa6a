package io.github.psbridge.e2e.pages;

import io.github.psbridge.e2e.support.Browser;
import io.github.psbridge.e2e.support.ConsoleMessage;
import io.github.psbridge.e2e.support.Wait;
import java.util.List;

/**
 * A page in a browser, seen through the page's own JavaScript: the bridge's runtime API,
 * Segment's {@code window.analytics} and PostHog's {@code window.posthog}.
 */
public final class BridgePage {

    private static final String PREFIX = "[posthog-segment-bridge]";

    private final Browser browser;

    private BridgePage(Browser browser) {
        this.browser = browser;
    }

    /** Opens {@code path} (from {@link TestPages}) on the server at {@code baseUrl}. */
    public static BridgePage open(Browser browser, String baseUrl, String path) {
        browser.open(baseUrl + path);
        return new BridgePage(browser);
    }

    public BridgeStatus status() {
        return BridgeStatus.from(browser.run("var bridge = window.posthogSegmentBridge;"
                + " return bridge ? bridge.status() : null;"));
    }

    /** Waits for the bridge to reach an outcome and send (or leave) the first pageview. */
    public BridgeStatus awaitSettled() {
        return Wait.until("the bridge to settle and send its first pageview", this::status,
                status -> status.settled() && status.firstPageviewSent());
    }

    /** Waits for the bridge to reach an outcome, pageview or not. */
    public BridgeStatus awaitOutcome() {
        return Wait.until("the bridge to reach an outcome", this::status, BridgeStatus::settled);
    }

    /** The requests this page made to PostHog (the stand-in lives under {@code /ph/}). */
    public List<String> postHogRequests() {
        return browser.requests().stream().filter(url -> url.contains("/ph/")).toList();
    }

    /** The requests this page made whose URL contains {@code part}. */
    public List<String> requests(String part) {
        return browser.requests().stream().filter(url -> url.contains(part)).toList();
    }

    /** What the bridge logged with {@code console.error}, in every page of this browser. */
    public List<String> bridgeErrors() {
        return browser.console().stream()
                .filter(message -> message.isError() && message.text().contains(PREFIX))
                .map(ConsoleMessage::text)
                .toList();
    }

    /** Whether posthog-js has loaded and finished {@code init}. */
    public boolean postHogLoaded() {
        return Boolean.TRUE.equals(browser.run(
                "return !!(window.posthog && window.posthog.__loaded);"));
    }

    /** A global variable of the page, as the browser hands it back; null when unset. */
    public Object global(String name) {
        return browser.run("return window[arguments[0]];", name);
    }

    /** {@code posthog.get_session_id()}. */
    public String postHogSessionId() {
        return text(browser.run("return window.posthog.get_session_id();"));
    }

    /** {@code posthog.get_distinct_id()}. */
    public String postHogDistinctId() {
        return text(browser.run("return window.posthog.get_distinct_id();"));
    }

    /** Segment's anonymous id, once analytics.js is ready. */
    public String segmentAnonymousId() {
        return text(browser.run("return window.analytics.user().anonymousId();"));
    }

    /** {@code analytics.track(event)}. */
    public void track(String event) {
        browser.run("window.analytics.track(arguments[0]);", event);
    }

    /** {@code analytics.page()}. */
    public void page() {
        browser.run("window.analytics.page();");
    }

    /** {@code analytics.identify(userId)}. */
    public void identify(String userId) {
        browser.run("window.analytics.identify(arguments[0]);", userId);
    }

    /** {@code analytics.reset()}. */
    public void reset() {
        browser.run("window.analytics.reset();");
    }

    /** {@code posthog.capture(event)}: an event that goes straight to PostHog. */
    public void capture(String event) {
        browser.run("window.posthog.capture(arguments[0]);", event);
    }

    /** The bridge's {@code group(type, key)}. */
    public void group(String type, String key) {
        browser.run("window.posthogSegmentBridge.group(arguments[0], arguments[1]);", type, key);
    }

    /** Changes the path the way a single-page app does: {@code history.pushState}. */
    public void pushState(String path) {
        browser.run("history.pushState({}, '', arguments[0]);", path);
    }

    public Browser browser() {
        return browser;
    }

    // HtmlUnit may hand back its own string types.
    private static String text(Object value) {
        return value == null ? null : value.toString();
    }
}
