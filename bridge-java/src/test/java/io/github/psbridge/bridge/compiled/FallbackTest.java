package io.github.psbridge.bridge.compiled;

import static io.github.psbridge.bridge.compiled.TestPage.DEFAULT_SCRIPT_URL;
import static io.github.psbridge.bridge.compiled.TestPage.linking;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Exactly one first pageview, whichever of Segment and PostHog fails to show up. */
class FallbackTest extends BrowserTest {

    @Test
    void sendsThePageviewToSegmentWhenPostHogsScriptIsBlocked() {
        load(linking().postHogBlocked());

        assertThat(browser.calls()).containsExactly("segment ready",
                "analytics.addSourceMiddleware", "analytics.page");
        assertThat(browser.console().warnings()).containsExactly(ConsoleLog.PREFIX
                + "posthog-js did not load from " + DEFAULT_SCRIPT_URL
                + "; is it blocked? Segment goes on without it.");
        assertThat(browser.console().errors()).isEmpty();
        assertThat(status("state")).isEqualTo("\"segment-only\"");
    }

    @Test
    void sendsThePageviewToSegmentWhenPostHogNeverLoads() {
        load(linking().postHogNeverLoaded());

        assertThat(browser.calls()).containsExactly("segment ready",
                "analytics.addSourceMiddleware", "posthog.init", "analytics.register PostHog JS",
                "analytics.page");
        assertThat(browser.console().warnings()).containsExactly(ConsoleLog.PREFIX
                + "PostHog did not load within 200 ms: the pageview goes to Segment without "
                + "PostHog's properties.");
        assertThat(status("state")).isEqualTo("\"segment-only\"");
    }

    @Test
    void sendsNoSecondPageviewWhenPostHogLoadsLate() {
        load(linking().postHogLoadedAfter(400));

        assertThat(browser.calls()).containsExactly("segment ready",
                "analytics.addSourceMiddleware", "posthog.init", "analytics.register PostHog JS",
                "analytics.page", "posthog.loaded");
        assertThat(browser.console().warnings()).hasSize(1);
        assertThat(status("state")).isEqualTo("\"linked\"");
    }

    @Test
    void linksAtTheTimeoutWhenSegmentIsInitializedButItsReadyCallbackWasLost() {
        load(linking().segmentLosesReady());

        assertThat(browser.calls()).containsExactly("segment ready",
                "analytics.addSourceMiddleware", "posthog.init", "analytics.register PostHog JS",
                "posthog.loaded", "analytics.page");
        assertThat(browser.console().warnings()).isEmpty();
        assertThat(status("state")).isEqualTo("\"linked\"");
    }

    @Test
    void letsPostHogCaptureThePageviewWhenSegmentIsNeverReady() {
        load(linking().segmentNeverReady());

        assertThat(browser.calls()).containsExactly("posthog.init", "posthog.loaded",
                "posthog.capture $pageview");
        assertThat(browser.run("'segment' in posthogInitOptions")).isEqualTo(false);
        assertThat(browser.console().warnings()).containsExactly(ConsoleLog.PREFIX
                + "Segment was not ready within 200 ms; is it blocked? PostHog runs alone and "
                + "captures the pageview.");
        assertThat(status("state")).isEqualTo("\"posthog-only\"");
    }

    @Test
    void runsPostHogAloneAndSaysSoWhenThePageHasNoSegment() {
        load(linking().withoutSegment());

        assertThat(browser.calls()).containsExactly("posthog.init", "posthog.loaded",
                "posthog.capture $pageview");
        assertThat(browser.console().errors()).singleElement().asString().startsWith(
                ConsoleLog.PREFIX + "window.analytics is missing: add Segment's snippet");
        assertThat(browser.console().warnings()).isEmpty();
        assertThat(status("state")).isEqualTo("\"posthog-only\"");
    }

    @Test
    void sendsThePageviewToClassicAnalyticsWithoutLinkingPostHog() {
        load(linking().classicSegment());

        assertThat(browser.calls()).containsExactly("segment ready", "analytics.page");
        assertThat(browser.console().errors()).singleElement().asString()
                .contains("no analytics.register");
        assertThat(status("state")).isEqualTo("\"segment-only\"");
    }

    @Test
    void sendsThePageviewToSegmentWhenPostHogInitThrows() {
        load(linking().config("{ posthog: { get autocapture() { throw new Error('bad'); } } }"));

        assertThat(browser.calls()).containsExactly("segment ready",
                "analytics.addSourceMiddleware", "analytics.page");
        assertThat(browser.console().errors()).singleElement().asString()
                .contains("posthog.init threw Error: bad")
                .doesNotContain("internal error", "(JavaScript)");
        assertThat(browser.console().warnings()).isEmpty();
        assertThat(status("state")).isEqualTo("\"segment-only\"");
    }

    @Test
    void staysQuietlyOutOfTheWayWhenBothAreBlocked() {
        load(linking().segmentNeverReady().postHogBlocked());

        assertThat(browser.calls()).isEmpty();
        assertThat(browser.console().warnings()).hasSize(2);
        assertThat(status("firstPageviewSent")).isEqualTo("false");
    }
}
