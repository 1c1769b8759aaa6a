package io.github.psbridge.e2e.support;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.psbridge.demo.DemoServer;
import io.github.psbridge.e2e.pages.BridgePage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The base of every end-to-end test: the shared demo server, browsers that are closed after
 * the test, and the rule that no page may throw an error nobody caught.
 */
@ExtendWith(SharedServer.class)
public abstract class E2eTest {

    /** The track event a test sends last, to know that all before it has arrived. */
    protected static final String DONE = "e2e-done";

    protected DemoServer server;
    protected Received received;
    private final List<Browser> browsers = new ArrayList<>();

    @BeforeEach
    void useServer(DemoServer shared) {
        server = shared;
        received = new Received(shared.recorder());
    }

    @AfterEach
    void closeBrowsersAndRejectUncaughtErrors(TestInfo test) {
        List<ConsoleMessage> uncaught = new ArrayList<>();
        for (Browser browser : browsers) {
            try (browser) {
                List<ConsoleMessage> console = browser.console();
                BrowserLogs.save(test.getDisplayName() + "-" + test.getTestMethod()
                        .map(m -> m.getName()).orElse("") + "-" + browser.kind(), console);
                console.stream().filter(ConsoleMessage::uncaught).forEach(uncaught::add);
            }
        }
        browsers.clear();
        assertThat(uncaught).as("errors the pages did not catch").isEmpty();
    }

    /** A new browser of {@code kind} with a fresh profile, closed after the test. */
    protected Browser browser(BrowserKind kind) {
        Browser browser = kind.open(server);
        browsers.add(browser);
        return browser;
    }

    /** Opens {@code path} (see {@link io.github.psbridge.e2e.pages.TestPages}). */
    protected BridgePage visit(Browser browser, String path) {
        return BridgePage.open(browser, server.baseUrl(), path);
    }

    /** Opens {@code path} in a new browser of {@code kind}. */
    protected BridgePage visit(BrowserKind kind, String path) {
        return visit(browser(kind), path);
    }

    /** Waits until the Segment stand-in has at least one page event. */
    protected void awaitSegmentPageview() {
        Wait.until("the Segment stand-in to receive a page event",
                () -> received.segment("page"), events -> !events.isEmpty());
    }

    /**
     * Sends {@link #DONE} through Segment and waits until the stand-in has it: Segment
     * delivers in order, so whatever the page sent before has arrived too.
     */
    protected void settleSegment(BridgePage page) {
        page.track(DONE);
        Wait.until("the Segment stand-in to receive track(\"" + DONE + "\")",
                () -> received.segmentTrack(DONE), events -> !events.isEmpty());
    }

    /**
     * Captures {@link #DONE} with posthog-js and waits until PostHog's stand-in has it:
     * posthog-js sends its queue in order, so every capture before it has arrived too.
     */
    protected void settlePostHog(BridgePage page) {
        page.capture(DONE);
        Wait.until("the PostHog stand-in to receive capture(\"" + DONE + "\") from posthog-js",
                () -> received.direct(DONE), events -> !events.isEmpty());
    }

    /**
     * Waits until the page has linked and Segment has everything the page sent, then checks
     * that exactly one Segment pageview arrived, carrying the page's PostHog session.
     */
    protected void assertOneLinkedPageview(BridgePage page) {
        assertThat(page.awaitSettled().state()).isEqualTo("linked");
        awaitSegmentPageview();
        settleSegment(page);
        assertThat(received.segment("page")).as("Segment page events").singleElement()
                .satisfies(pageview -> assertThat(pageview.sessionId())
                        .isEqualTo(page.postHogSessionId()));
    }
}
