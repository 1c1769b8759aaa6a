package io.github.psbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.psbridge.demo.RecordedEvent;
import io.github.psbridge.demo.Route;
import io.github.psbridge.e2e.pages.BridgePage;
import io.github.psbridge.e2e.pages.BridgeStatus;
import io.github.psbridge.e2e.pages.TestPages;
import io.github.psbridge.e2e.support.BrowserKind;
import io.github.psbridge.e2e.support.E2eTest;
import io.github.psbridge.e2e.support.EachBrowser;
import io.github.psbridge.e2e.support.Wait;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Scenario 4: one library blocked, or both; still one pageview where one can go. */
class FallbackTest extends E2eTest {

    private static final int TIMEOUT_MS = 1500;
    private static final String PAGE = TestPages.configured(Map.of("timeoutMs", TIMEOUT_MS));

    @EachBrowser
    void sendsOneBarePageviewToSegmentWhenPostHogIsBlocked(BrowserKind kind) {
        server.faults().fail(Route.POSTHOG_SCRIPT, 404);
        Instant opened = Instant.now();

        BridgePage page = visit(kind, PAGE);

        assertThat(page.awaitOutcome().state()).isEqualTo("segment-only");
        awaitSegmentPageview();
        settleSegment(page);
        RecordedEvent pageview = onlySegmentPageview();
        assertThat(pageview.sessionId()).as("$session_id of a pageview PostHog never saw")
                .isNull();
        assertThat(Duration.between(opened, pageview.time()))
                .isLessThan(Duration.ofMillis(2 * TIMEOUT_MS + 1000));
    }

    @EachBrowser
    void sendsNoSecondPageviewWhenPostHogLoadsAfterTheTimeout(BrowserKind kind) {
        server.faults().delay(Route.POSTHOG_SCRIPT, Duration.ofMillis(2 * TIMEOUT_MS + 500));

        BridgePage page = visit(kind, PAGE);

        awaitSegmentPageview();
        Wait.until("posthog-js to load after the timeout", page::postHogLoaded);
        settleSegment(page);
        assertThat(onlySegmentPageview().sessionId()).as("$session_id").isNull();
        assertThat(page.status().problems()).as("the bridge's problems").singleElement()
                .asString().contains("did not load within");
    }

    @EachBrowser
    void letsPostHogCaptureThePageviewWhenSegmentIsBlocked(BrowserKind kind) {
        server.faults().fail(Route.SEGMENT_SCRIPT, 404);

        BridgePage page = visit(kind, PAGE);

        BridgeStatus status = page.awaitSettled();
        settlePostHog(page);
        assertThat(status.state()).isEqualTo("posthog-only");
        assertThat(received.direct("$pageview")).as("$pageview captured by posthog-js")
                .singleElement().extracting(RecordedEvent::sessionId)
                .isEqualTo(page.postHogSessionId());
        assertThat(received.segment("page")).as("Segment page events").isEmpty();
    }

    @EachBrowser
    void settlesWithoutErrorsWhenBothAreBlocked(BrowserKind kind) {
        server.faults().fail(Route.SEGMENT_SCRIPT, 404).fail(Route.POSTHOG_SCRIPT, 404);

        BridgePage page = visit(kind, PAGE);

        BridgeStatus status = page.awaitOutcome();
        assertThat(status.state()).isEqualTo("posthog-only");
        assertThat(status.firstPageviewSent()).isFalse();
        assertThat(page.bridgeErrors()).as("the bridge's console errors").isEmpty();
        assertThat(status.problems()).as("the bridge's warnings").hasSize(2);
    }

    private RecordedEvent onlySegmentPageview() {
        List<RecordedEvent> pages = received.segment("page");
        assertThat(pages).as("Segment page events").hasSize(1);
        return pages.get(0);
    }
}
