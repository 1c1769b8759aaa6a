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
 * Scenario 9: PostHog's documented order, {@code posthog.init} then {@code analytics.page()}
 * at once, against the same stand-ins. posthog-js is still loading when that pageview
 * leaves, so it goes out without PostHog's session or window ids (seen in both browsers;
 * its anonymousId did match PostHog's distinct id later on, on a first visit here).
 */
class SnippetComparisonTest extends E2eTest {

    @EachBrowser
    void documentedOrderLosesTheFirstPageviewsEnrichmentThatTheBridgeKeeps(BrowserKind kind) {
        BridgePage documented = visit(kind, TestPages.documentedSnippet());
        awaitSegmentPageview();
        Wait.until("posthog-js to load on the documented page", documented::postHogLoaded);
        settleSegment(documented);
        RecordedEvent first = received.segment("page").get(0);
        server.recorder().clear();

        BridgePage bridged = visit(kind, TestPages.byAttributes());
        bridged.awaitSettled();
        awaitSegmentPageview();
        RecordedEvent bridgedFirst = received.segment("page").get(0);

        assertThat(first.sessionId()).as("$session_id of the documented order's first pageview")
                .isNull();
        assertThat(bridgedFirst.sessionId()).isEqualTo(bridged.postHogSessionId());
        assertThat(bridgedFirst.anonymousId()).isEqualTo(bridged.postHogDistinctId());
    }
}
