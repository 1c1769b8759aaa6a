package io.github.psbridge.e2e;

import io.github.psbridge.demo.Route;
import io.github.psbridge.e2e.pages.BridgePage;
import io.github.psbridge.e2e.pages.TestPages;
import io.github.psbridge.e2e.support.BrowserKind;
import io.github.psbridge.e2e.support.E2eTest;
import io.github.psbridge.e2e.support.EachBrowser;
import java.time.Duration;

/** Scenario 3: slow is not blocked; within the default timeout the pageview waits. */
class SlowNetworkTest extends E2eTest {

    private static final Duration SLOW = Duration.ofMillis(1200);

    @EachBrowser
    void stillSendsOneEnrichedPageviewWhenBothLibrariesAreSlow(BrowserKind kind) {
        server.faults().delay(Route.POSTHOG_SCRIPT, SLOW).delay(Route.SEGMENT_SETTINGS, SLOW);

        BridgePage page = visit(kind, TestPages.byAttributes());

        assertOneLinkedPageview(page);
    }
}
