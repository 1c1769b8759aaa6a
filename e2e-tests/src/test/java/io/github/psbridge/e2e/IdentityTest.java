package io.github.psbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.psbridge.demo.RecordedEvent;
import io.github.psbridge.e2e.pages.BridgePage;
import io.github.psbridge.e2e.pages.TestPages;
import io.github.psbridge.e2e.support.Browser;
import io.github.psbridge.e2e.support.BrowserKind;
import io.github.psbridge.e2e.support.E2eTest;
import io.github.psbridge.e2e.support.EachBrowser;
import java.util.ArrayList;
import java.util.List;

/** Scenario 2: PostHog keeps the ids it starts with, on a first visit and the next. */
class IdentityTest extends E2eTest {

    @EachBrowser
    void resetsNothingAndAsksForFlagsOnceOnAFirstVisit(BrowserKind kind) {
        BridgePage page = visit(kind, TestPages.byAttributes());

        page.awaitSettled();
        awaitSegmentPageview();
        settleSegment(page);
        settlePostHog(page);

        String session = page.postHogSessionId();
        assertThat(received.segment("page")).singleElement()
                .satisfies(pageview -> assertThat(pageview.sessionId()).isEqualTo(session));
        assertThat(everyEvent()).as("events marked with PostHog's $last_posthog_reset")
                .noneMatch(event -> event.properties().has("$last_posthog_reset"));
        assertThat(received.direct(DONE)).singleElement()
                .satisfies(event -> assertThat(event.sessionId()).isEqualTo(session));
        assertThat(page.requests("/ph/flags")).as("feature flag requests").hasSize(1);
    }

    @EachBrowser
    void keepsTheSameIdsOnTheNextPageLoad(BrowserKind kind) {
        Browser browser = browser(kind);
        BridgePage first = visit(browser, TestPages.byAttributes());
        first.awaitSettled();
        awaitSegmentPageview();
        String distinctId = first.postHogDistinctId();
        String session = first.postHogSessionId();

        BridgePage second = visit(browser, TestPages.byConfigObject());

        second.awaitSettled();
        settleSegment(second);
        List<RecordedEvent> pages = received.segment("page");
        assertThat(pages).as("Segment page events, one per load").hasSize(2);
        assertThat(pages).allSatisfy(pageview -> {
            assertThat(pageview.anonymousId()).isEqualTo(distinctId);
            assertThat(pageview.sessionId()).isEqualTo(session);
        });
        assertThat(second.postHogDistinctId()).isEqualTo(distinctId);
    }

    private List<RecordedEvent> everyEvent() {
        List<RecordedEvent> all = new ArrayList<>(server.recorder().segment());
        all.addAll(server.recorder().posthog());
        return all;
    }
}
