package io.github.psbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.psbridge.e2e.pages.BridgePage;
import io.github.psbridge.e2e.pages.TestPages;
import io.github.psbridge.e2e.support.BrowserKind;
import io.github.psbridge.e2e.support.E2eTest;
import io.github.psbridge.e2e.support.EachBrowser;
import java.util.List;

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
        assumeTrue(kind != BrowserKind.HTMLUNIT, "HtmlUnit 5.7 reads a Content-Security-Policy"
                + " only for frame-ancestors and runs every script, eval included: it cannot"
                + " show whether the bridge works under script-src with a nonce");
        BridgePage page = visit(kind, TestPages.strictCsp());

        assertOneLinkedPageview(page);
        assertThat(page.global("e2eEvalBlocked")).as("eval blocked by the page's policy")
                .isEqualTo(true);
        assertThat((List<?>) page.global("e2eCspViolations")).as("violations of the policy")
                .map(String::valueOf).allMatch(violation -> violation.endsWith(" eval"));
    }
}
