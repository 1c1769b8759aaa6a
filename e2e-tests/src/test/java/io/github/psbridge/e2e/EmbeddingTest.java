package io.github.psbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.psbridge.e2e.pages.BridgePage;
import io.github.psbridge.e2e.pages.TestPages;
import io.github.psbridge.e2e.support.BrowserKind;
import io.github.psbridge.e2e.support.ConsoleMessage;
import io.github.psbridge.e2e.support.E2eTest;
import io.github.psbridge.e2e.support.EachBrowser;

/** Scenario 6: pages that embed the bridge in awkward ways. */
class EmbeddingTest extends E2eTest {

    @EachBrowser
    void initsPostHogOnceAndSendsOnePageviewWhenIncludedTwice(BrowserKind kind) {
        BridgePage page = visit(kind, TestPages.twice());

        assertThat(page.awaitSettled().state()).isEqualTo("linked");
        awaitSegmentPageview();
        settleSegment(page);
        settlePostHog(page);

        assertThat(received.segment("page")).as("Segment page events").hasSize(1);
        assertThat(page.requests("/ph/static/array")).as("posthog-js loads").hasSize(1);
        assertThat(page.requests("/ph/flags")).as("feature flag requests").hasSize(1);
    }

    @EachBrowser
    void linksBothLibrariesUnderAStrictContentSecurityPolicy(BrowserKind kind) {
        BridgePage page = visit(kind, TestPages.strictCsp());

        assertThat(page.awaitSettled().state()).isEqualTo("linked");
        awaitSegmentPageview();
        settleSegment(page);

        assertThat(received.segment("page")).as("Segment page events").singleElement()
                .satisfies(pageview -> assertThat(pageview.sessionId())
                        .isEqualTo(page.postHogSessionId()));
        assertThat(page.browser().console()).as("console messages about the policy")
                .map(ConsoleMessage::text)
                .noneMatch(text -> text.contains("Content Security Policy"));
    }
}
