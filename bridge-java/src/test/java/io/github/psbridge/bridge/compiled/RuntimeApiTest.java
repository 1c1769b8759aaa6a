package io.github.psbridge.bridge.compiled;

import static io.github.psbridge.bridge.compiled.TestPage.linking;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** {@code window.posthogSegmentBridge}: version, status(), onLinked() and their guards. */
class RuntimeApiTest extends BrowserTest {
    private static final String RECORD_ON_LINKED = "posthogSegmentBridge.onLinked("
            + "function (status) { calls.push('onLinked ' + status.state); });";

    @Test
    void showsThePomVersion() {
        load(linking());

        assertThat(browser.run("posthogSegmentBridge.version"))
                .isEqualTo(System.getProperty("bridge.version").replace("-SNAPSHOT", ""));
    }

    @Test
    void reportsWaitingForSegmentAtFirst() {
        browser.open(linking().segmentNeverReady().attribute("data-timeout-ms", "1000"));

        String status = browser.json("posthogSegmentBridge.status()");

        assertThat(status).isEqualTo("{\"state\":\"waiting-for-segment\","
                + "\"firstPageviewSent\":false,\"distinctId\":null,\"problems\":[]}");
        browser.settle();
    }

    @Test
    void reportsTheOutcomeOnceLinked() {
        load(linking());

        String status = browser.json("posthogSegmentBridge.status()");

        assertThat(status).isEqualTo("{\"state\":\"linked\",\"firstPageviewSent\":true,"
                + "\"distinctId\":\"anon-1\",\"problems\":[]}");
    }

    @Test
    void listsTheMessagesLoggedSoFar() {
        load(linking().postHogNeverLoaded());

        assertThat(status("problems")).isEqualTo("[\"PostHog did not load within 200 ms: "
                + "the pageview goes to Segment without PostHog's properties.\"]");
    }

    @Test
    void callsOnLinkedOnceWhenTheBridgeSettles() {
        load(linking().scriptAfterBridge(RECORD_ON_LINKED));

        assertThat(browser.calls()).endsWith("posthog.loaded", "analytics.page",
                "onLinked linked");
        assertThat(browser.calls()).containsOnlyOnce("onLinked linked");
    }

    @Test
    void callsOnLinkedAtOnceWhenAlreadySettled() {
        load(linking());

        browser.run(RECORD_ON_LINKED);

        assertThat(browser.calls()).endsWith("analytics.page", "onLinked linked");
    }

    @Test
    void callsOnLinkedWithTheFallbackOutcome() {
        load(linking().postHogBlocked().scriptAfterBridge(RECORD_ON_LINKED));

        assertThat(browser.calls()).endsWith("analytics.page", "onLinked segment-only");
    }

    @Test
    void reportsAThrowingOnLinkedCallbackInsteadOfThrowing() {
        TestPage page = linking().scriptAfterBridge("posthogSegmentBridge.onLinked("
                + "function () { throw new Error('oops'); });" + RECORD_ON_LINKED);

        load(page);

        assertThat(browser.console().errors()).singleElement().asString()
                .startsWith(ConsoleLog.PREFIX + "an onLinked callback threw: ")
                .contains("oops");
        assertThat(browser.calls()).endsWith("onLinked linked");
    }

    @Test
    void refusesOnLinkedWithoutAFunction() {
        load(linking());

        browser.run("posthogSegmentBridge.onLinked(42)");

        assertThat(browser.console().errors()).containsExactly(ConsoleLog.PREFIX
                + "onLinked(callback) needs a function: got number");
    }

    @Test
    void cannotBeReplacedByThePage() {
        load(linking());

        browser.run("posthogSegmentBridge.status = null");

        assertThat(status("state")).isEqualTo("\"linked\"");
    }
}
