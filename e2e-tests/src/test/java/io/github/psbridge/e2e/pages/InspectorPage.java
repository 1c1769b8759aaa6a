package io.github.psbridge.e2e.pages;

import io.github.psbridge.e2e.support.Browser;
import io.github.psbridge.e2e.support.Wait;

/** The demo site's event inspector: Segment's events on the left, PostHog's on the right. */
public final class InspectorPage {

    private final Browser browser;

    private InspectorPage(Browser browser) {
        this.browser = browser;
    }

    public static InspectorPage open(Browser browser, String baseUrl) {
        browser.open(baseUrl + TestPages.inspector());
        return new InspectorPage(browser);
    }

    /** Waits until the Segment column's text shows {@code text}, and returns that text. */
    public String awaitSegmentText(String text) {
        return Wait.until("the inspector's Segment column to show " + text, this::segmentText,
                shown -> shown.contains(text));
    }

    /** How many elements in the inspector match {@code selector}. */
    public long count(String selector) {
        return ((Number) browser.run(
                "return document.querySelectorAll(arguments[0]).length;", selector)).longValue();
    }

    /** A global a script would set, or null. */
    public Object global(String name) {
        return browser.run("return window[arguments[0]];", name);
    }

    private String segmentText() {
        return String.valueOf(browser.run(
                "return document.querySelector('#segment').textContent;"));
    }
}
