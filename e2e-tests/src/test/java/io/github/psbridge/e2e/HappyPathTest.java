package io.github.psbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.psbridge.demo.RecordedEvent;
import io.github.psbridge.e2e.pages.BridgePage;
import io.github.psbridge.e2e.pages.BridgeStatus;
import io.github.psbridge.e2e.pages.TestPages;
import io.github.psbridge.e2e.support.BrowserKind;
import io.github.psbridge.e2e.support.E2eTest;
import io.github.psbridge.e2e.support.EachBrowser;
import java.util.List;

/** Scenario 1: with both libraries reachable, one pageview that PostHog has enriched. */
class HappyPathTest extends E2eTest {

    @EachBrowser
    void linksBothLibrariesConfiguredByDataAttributes(BrowserKind kind) {
        BridgePage page = visit(kind, TestPages.byAttributes());

        BridgeStatus status = page.awaitSettled();

        assertThat(status.state()).isEqualTo("linked");
        assertOneEnrichedPageview(page, "/test/by-attributes.html");
    }

    @EachBrowser
    void linksBothLibrariesConfiguredByConfigObject(BrowserKind kind) {
        BridgePage page = visit(kind, TestPages.byConfigObject());

        BridgeStatus status = page.awaitSettled();

        assertThat(status.state()).isEqualTo("linked");
        assertOneEnrichedPageview(page, "/test/by-config-object.html");
    }

    private void assertOneEnrichedPageview(BridgePage page, String path) {
        awaitSegmentPageview();
        settleSegment(page);
        settlePostHog(page);
        List<RecordedEvent> pages = received.segment("page");
        assertThat(pages).as("Segment page events").hasSize(1);
        RecordedEvent pageview = pages.get(0);
        assertThat(pageview.sessionId()).as("$session_id").isEqualTo(page.postHogSessionId());
        assertThat(pageview.properties().path("$window_id").asText()).as("$window_id")
                .isNotBlank();
        assertThat(pageview.properties().path("$current_url").asText()).as("$current_url")
                .endsWith(path);
        assertThat(pageview.anonymousId()).as("Segment anonymousId")
                .isEqualTo(page.postHogDistinctId());
        assertThat(received.direct("$pageview")).as("$pageview sent by posthog-js itself")
                .isEmpty();
        assertRelayedLike(pageview);
    }

    private void assertRelayedLike(RecordedEvent pageview) {
        List<RecordedEvent> relayed = received.relayed("$pageview");
        assertThat(relayed).as("$pageview relayed from Segment to PostHog").hasSize(1);
        RecordedEvent event = relayed.get(0);
        assertThat(event.sessionId()).isEqualTo(pageview.sessionId());
        assertThat(event.distinctId()).isEqualTo(pageview.anonymousId());
        for (String property : List.of("$window_id", "$current_url")) {
            assertThat(event.properties().get(property)).as(property)
                    .isEqualTo(pageview.properties().get(property));
        }
    }
}
