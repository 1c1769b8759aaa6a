package io.github.psbridge.bridge.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Hands each test a fresh browser, and checks after each that nothing the bridge did
 * threw into the page.
 */
abstract class BrowserTest {
    protected BridgeBrowser browser;

    @BeforeEach
    void openBrowser() {
        browser = new BridgeBrowser();
    }

    @AfterEach
    void nothingThrewIntoThePage() {
        try {
            assertThat(browser.pageErrors()).as("uncaught errors in the page").isEmpty();
        } finally {
            browser.close();
        }
    }

    /** Loads the page and waits until all its timers have run. */
    protected BridgeBrowser load(TestPage page) {
        return browser.open(page).settle();
    }

    protected String status(String field) {
        return browser.json("posthogSegmentBridge.status()." + field);
    }
}
