package io.github.psbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.psbridge.demo.RecordedEvent;
import io.github.psbridge.e2e.pages.BridgePage;
import io.github.psbridge.e2e.pages.TestPages;
import io.github.psbridge.e2e.support.BrowserKind;
import io.github.psbridge.e2e.support.E2eTest;
import io.github.psbridge.e2e.support.EachBrowser;
import io.github.psbridge.e2e.support.Wait;

/**
 * Proof that the checks of the other tests can fail. posthog-js silently drops captures from
 * browsers it takes for bots, and holds them back on pages it thinks hidden; if the harness
 * got that wrong, "PostHog sent no $pageview" would hold for the wrong reason. And without
 * the bridge a Segment pageview must come out bare, or "enriched" would prove nothing.
 */
class NegativeControlTest extends E2eTest {

    @EachBrowser
    void postHogCapturesItsOwnPageviewWhereNothingTurnsItOff(BrowserKind kind) {
        visit(kind, TestPages.noBridge());

        RecordedEvent pageview = Wait.until("posthog-js to send its own $pageview",
                () -> received.direct("$pageview"), events -> !events.isEmpty()).get(0);

        assertThat(pageview.sessionId()).as("$session_id of PostHog's own pageview")
                .isNotBlank();
    }

    @EachBrowser
    void sendsNoEnrichedPageviewWithoutTheBridge(BrowserKind kind) {
        BridgePage page = visit(kind, TestPages.noBridge());

        awaitSegmentPageview();
        settleSegment(page);

        assertThat(received.segment("page")).as("Segment page events").hasSize(1)
                .allSatisfy(pageview -> assertThat(pageview.sessionId()).isNull());
    }
}
