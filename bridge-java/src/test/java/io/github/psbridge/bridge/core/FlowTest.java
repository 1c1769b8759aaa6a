package io.github.psbridge.bridge.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class FlowTest {
    private static final int TIMEOUT = 200;

    private final RecordingEffects effects = new RecordingEffects();
    private final Flow flow = new Flow(effects);

    private String state() {
        return State.label(flow.state());
    }

    /** Config fine, Segment's snippet on the page, posthog-js being loaded by the bridge. */
    private void startNormally() {
        flow.start(TIMEOUT, true, false);
    }

    @Nested
    class Linking {

        @Test
        void waitsForSegmentBeforeAnything() {
            startNormally();

            assertThat(effects.summary()).containsExactly("segment timeout in 200");
            assertThat(state()).isEqualTo("waiting-for-segment");
        }

        @Test
        void initsPostHogWhenSegmentIsReadyAndItsScriptAlreadyLoaded() {
            startNormally();
            flow.onPostHogScript(true, "https://assets.test/array.js");
            effects.clear();

            flow.onSegmentReady(true);

            assertThat(effects.summary()).containsExactly("posthog timeout in 200",
                    "init with segment");
            assertThat(state()).isEqualTo("loading-posthog");
            assertThat(flow.postHogStarted()).isTrue();
        }

        @Test
        void initsPostHogWhenItsScriptLoadsAfterSegmentIsReady() {
            startNormally();
            flow.onSegmentReady(true);
            effects.clear();

            flow.onPostHogScript(true, "https://assets.test/array.js");

            assertThat(effects.summary()).containsExactly("init with segment");
        }

        @Test
        void usesThePagesOwnPostHogWithoutWaitingForAScript() {
            flow.start(TIMEOUT, true, true);

            flow.onSegmentReady(true);

            assertThat(effects.summary()).containsExactly("segment timeout in 200",
                    "posthog timeout in 200", "init with segment");
        }

        @Test
        void firesFirstPageviewAfterPostHogLoaded() {
            startNormally();
            flow.onSegmentReady(true);
            flow.onPostHogScript(true, "https://assets.test/array.js");
            effects.clear();

            flow.onPostHogLoaded();

            assertThat(effects.summary()).containsExactly("analytics.page", "settled linked");
            assertThat(state()).isEqualTo("linked");
            assertThat(flow.firstPageviewSent()).isTrue();
            assertThat(effects.kept).isEmpty();
        }

        @Test
        void sendsTheFirstPageviewOnlyOnce() {
            flow.start(TIMEOUT, true, true);
            flow.onSegmentReady(true);
            flow.onPostHogLoaded();
            effects.clear();

            flow.onPostHogLoaded();
            flow.onPostHogTimeout();
            flow.onSegmentTimeout();

            assertThat(effects.summary()).isEmpty();
            assertThat(state()).isEqualTo("linked");
        }

        @Test
        void initsPostHogOnlyOnce() {
            flow.start(TIMEOUT, true, true);
            flow.onSegmentReady(true);
            effects.clear();

            flow.onPostHogScript(true, "https://assets.test/array.js");

            assertThat(effects.summary()).isEmpty();
        }

        @Test
        void tracesEachStep() {
            startNormally();
            flow.onPostHogScript(true, "https://assets.test/array.js");
            flow.onSegmentReady(true);
            flow.onPostHogLoaded();

            assertThat(effects.traces).containsExactly("waiting for Segment",
                    "posthog-js loaded", "Segment ready", "posthog.init with Segment",
                    "PostHog loaded", "analytics.page()");
        }
    }

    @Nested
    class PostHogBlockedOrLate {

        @Test
        void sendsThePageviewToSegmentWhenPostHogsScriptFails() {
            startNormally();
            flow.onSegmentReady(true);
            effects.clear();

            flow.onPostHogScript(false, "https://assets.test/array.js");

            assertThat(effects.summary()).containsExactly("warn", "analytics.page",
                    "settled segment-only");
            assertThat(effects.messages()).containsExactly("posthog-js did not load from "
                    + "https://assets.test/array.js; is it blocked? Segment goes on without it.");
            assertThat(state()).isEqualTo("segment-only");
        }

        @Test
        void waitsForSegmentWhenPostHogsScriptFailsFirst() {
            startNormally();
            flow.onPostHogScript(false, "https://assets.test/array.js");
            assertThat(effects.summary()).containsExactly("segment timeout in 200", "warn");
            effects.clear();

            flow.onSegmentReady(true);

            assertThat(effects.summary()).containsExactly("posthog timeout in 200",
                    "analytics.page", "settled segment-only");
        }

        @Test
        void sendsThePageviewToSegmentWhenPostHogIsNotLoadedInTime() {
            startNormally();
            flow.onSegmentReady(true);
            flow.onPostHogScript(true, "https://assets.test/array.js");
            effects.clear();

            flow.onPostHogTimeout();

            assertThat(effects.summary()).containsExactly("warn", "analytics.page",
                    "settled segment-only");
            assertThat(effects.messages()).containsExactly("PostHog did not load within 200 ms: "
                    + "the pageview goes to Segment without PostHog's properties.");
        }

        @Test
        void sendsNoSecondPageviewWhenPostHogLoadsLate() {
            startNormally();
            flow.onSegmentReady(true);
            flow.onPostHogScript(true, "https://assets.test/array.js");
            flow.onPostHogTimeout();
            effects.clear();

            flow.onPostHogLoaded();

            assertThat(effects.summary()).isEmpty();
            assertThat(state()).isEqualTo("linked");
        }

        @Test
        void stillInitsPostHogWhenItsScriptArrivesAfterTheTimeout() {
            startNormally();
            flow.onSegmentReady(true);
            flow.onPostHogTimeout();
            effects.clear();

            flow.onPostHogScript(true, "https://assets.test/array.js");
            flow.onPostHogLoaded();

            assertThat(effects.summary()).containsExactly("init with segment");
            assertThat(state()).isEqualTo("linked");
        }
    }

    @Nested
    class SegmentBlockedOrLate {

        @Test
        void startsPostHogAloneWhenSegmentIsNotReadyInTime() {
            startNormally();
            flow.onPostHogScript(true, "https://assets.test/array.js");
            effects.clear();

            flow.onSegmentTimeout();

            assertThat(effects.summary()).containsExactly("warn", "init alone");
            assertThat(effects.messages()).containsExactly("Segment was not ready within 200 ms;"
                    + " is it blocked? PostHog runs alone and captures the pageview.");
            assertThat(state()).isEqualTo("posthog-only");
        }

        @Test
        void startsPostHogAloneWhenItsScriptLoadsAfterTheSegmentTimeout() {
            startNormally();
            flow.onSegmentTimeout();
            effects.clear();

            flow.onPostHogScript(true, "https://assets.test/array.js");

            assertThat(effects.summary()).containsExactly("init alone");
        }

        @Test
        void letsPostHogCaptureTheFirstPageviewWhenAlone() {
            startNormally();
            flow.onSegmentTimeout();
            flow.onPostHogScript(true, "https://assets.test/array.js");
            effects.clear();

            flow.onPostHogLoaded();

            assertThat(effects.summary()).containsExactly("posthog.capture $pageview",
                    "settled posthog-only");
            assertThat(flow.firstPageviewSent()).isTrue();
        }

        @Test
        void ignoresSegmentWhenItIsReadyTooLate() {
            startNormally();
            flow.onSegmentTimeout();
            flow.onPostHogScript(true, "https://assets.test/array.js");
            flow.onPostHogLoaded();
            effects.clear();

            flow.onSegmentReady(true);

            assertThat(effects.summary()).isEmpty();
            assertThat(state()).isEqualTo("posthog-only");
        }

        @Test
        void runsPostHogAloneWhenThePageHasNoSegment() {
            flow.start(TIMEOUT, false, false);
            flow.onPostHogScript(true, "https://assets.test/array.js");
            flow.onPostHogLoaded();

            assertThat(effects.summary()).containsExactly("error", "init alone",
                    "posthog.capture $pageview", "settled posthog-only");
            assertThat(effects.messages()).singleElement().asString()
                    .startsWith("window.analytics is missing: add Segment's snippet");
        }

        @Test
        void settlesWithoutAnyPageviewWhenBothAreBlocked() {
            startNormally();
            flow.onPostHogScript(false, "https://assets.test/array.js");

            flow.onSegmentTimeout();

            assertThat(effects.summary()).containsExactly("segment timeout in 200", "warn",
                    "warn", "settled posthog-only");
            assertThat(flow.firstPageviewSent()).isFalse();
            assertThat(effects.kept).hasSize(2);
        }

        @Test
        void settlesWhenPostHogsScriptFailsAfterTheSegmentTimeout() {
            startNormally();
            flow.onSegmentTimeout();
            effects.clear();

            flow.onPostHogScript(false, "https://assets.test/array.js");

            assertThat(effects.summary()).containsExactly("warn", "settled posthog-only");
        }
    }

    @Nested
    class PostHogInitThrows {

        @Test
        void sendsThePageviewToSegmentAtOnceWhenLinked() {
            startNormally();
            flow.onPostHogScript(true, "https://assets.test/array.js");
            effects.initFailure = "TypeError: bad option";
            effects.clear();

            flow.onSegmentReady(true);

            assertThat(effects.summary()).containsExactly("posthog timeout in 200",
                    "init with segment", "error", "analytics.page", "settled segment-only");
            assertThat(effects.messages()).containsExactly(
                    "posthog.init threw TypeError: bad option; check the posthog options.");
        }

        @Test
        void settlesWithoutAPageviewWhenAlone() {
            startNormally();
            flow.onPostHogScript(true, "https://assets.test/array.js");
            effects.initFailure = "TypeError: bad option";
            effects.clear();

            flow.onSegmentTimeout();

            assertThat(effects.summary()).containsExactly("warn", "init alone", "error",
                    "settled posthog-only");
            assertThat(flow.firstPageviewSent()).isFalse();
        }
    }

    @Nested
    class ClassicAnalytics {

        @Test
        void sendsThePageviewToSegmentAndReportsIt() {
            startNormally();
            effects.clear();

            flow.onSegmentReady(false);

            assertThat(effects.summary()).containsExactly("error", "analytics.page",
                    "settled segment-only");
            assertThat(effects.messages()).singleElement().asString()
                    .contains("no analytics.register").contains("analytics.js 2.0");
        }

        @Test
        void neverInitsPostHogWithIt() {
            startNormally();
            flow.onSegmentReady(false);
            effects.clear();

            flow.onPostHogScript(true, "https://assets.test/array.js");

            assertThat(effects.summary()).isEmpty();
            assertThat(flow.postHogStarted()).isFalse();
            assertThat(state()).isEqualTo("segment-only");
        }
    }

    @Nested
    class Misconfigured {

        @Test
        void logsOneErrorWithEveryProblemAndSettles() {
            flow.startMisconfigured("apiKey is required. data-debug is odd.", true, 5000);

            assertThat(effects.effects).containsExactly("error: misconfigured, PostHog stays "
                    + "off: apiKey is required. data-debug is odd.", "segment timeout in 5000",
                    "settled misconfigured");
            assertThat(effects.kept).as("kept one by one by the config parser").isEmpty();
            assertThat(state()).isEqualTo("misconfigured");
        }

        @Test
        void stillSendsSegmentsFirstPageviewOnce() {
            flow.startMisconfigured("apiKey is required.", true, 5000);
            effects.clear();

            flow.onSegmentReady(true);
            flow.onSegmentReady(true);

            assertThat(effects.summary()).containsExactly("analytics.page");
            assertThat(flow.firstPageviewSent()).isTrue();
            assertThat(state()).isEqualTo("misconfigured");
        }

        @Test
        void ignoresTheSegmentTimeout() {
            flow.startMisconfigured("apiKey is required.", true, 5000);
            effects.clear();

            flow.onSegmentTimeout();

            assertThat(effects.summary()).isEmpty();
            assertThat(state()).isEqualTo("misconfigured");
        }

        @Test
        void waitsForNoSegmentThatIsNotOnThePage() {
            flow.startMisconfigured("apiKey is required.", false, 5000);

            assertThat(effects.summary()).containsExactly("error", "settled misconfigured");
        }
    }

    @Nested
    class Navigation {

        @Test
        void sendsAPageviewWhenThePathChangesAfterTheFirst() {
            flow.start(TIMEOUT, true, true);
            flow.onSegmentReady(true);
            flow.onPostHogLoaded();
            effects.clear();

            flow.onNavigation("/", "/pricing");

            assertThat(effects.summary()).containsExactly("analytics.page");
        }

        @Test
        void ignoresAChangeOfQueryOrHashOnly() {
            flow.start(TIMEOUT, true, true);
            flow.onSegmentReady(true);
            flow.onPostHogLoaded();
            effects.clear();

            flow.onNavigation("/pricing", "/pricing");

            assertThat(effects.summary()).isEmpty();
        }

        @Test
        void waitsForTheFirstPageview() {
            startNormally();

            flow.onNavigation("/", "/pricing");

            assertThat(effects.summary()).containsExactly("segment timeout in 200");
        }

        @Test
        void letsPostHogCaptureItWhenAlone() {
            flow.start(TIMEOUT, false, true);
            flow.onPostHogLoaded();
            effects.clear();

            flow.onNavigation("/", "/pricing");

            assertThat(effects.summary()).containsExactly("posthog.capture $pageview");
        }
    }

    @Test
    void hasEveryProblemKeptForTheRuntimeApi() {
        startNormally();
        flow.onSegmentReady(true);

        flow.onPostHogTimeout();

        assertThat(effects.kept).containsExactly("PostHog did not load within 200 ms: the "
                + "pageview goes to Segment without PostHog's properties.");
    }

    @Test
    void writesMillisecondsInDecimal() {
        assertThat(Flow.decimal(0)).isEqualTo("0");
        assertThat(Flow.decimal(7)).isEqualTo("7");
        assertThat(Flow.decimal(5000)).isEqualTo("5000");
        assertThat(Flow.decimal(600000)).isEqualTo("600000");
    }
}
