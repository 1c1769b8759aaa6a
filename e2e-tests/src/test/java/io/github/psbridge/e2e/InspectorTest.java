package io.github.psbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.psbridge.demo.DemoOptions;
import io.github.psbridge.e2e.pages.InspectorPage;
import io.github.psbridge.e2e.support.Backend;
import io.github.psbridge.e2e.support.BrowserKind;
import io.github.psbridge.e2e.support.E2eTest;
import io.github.psbridge.e2e.support.EachBrowser;
import java.util.Map;

/** Scenario 10: the inspector shows what events carry as text, never as markup. */
class InspectorTest extends E2eTest {

    private static final String MARKUP =
            "<b class=injected>bold</b><img src=x onerror=window.__inspectorHacked=1>";

    @EachBrowser
    void showsMarkupInAnEventPropertyAsText(BrowserKind kind) {
        new Backend(server.baseUrl(), DemoOptions.DEMO_WRITE_KEY)
                .track("user-9", "Comment Posted", Map.of("comment", MARKUP));

        InspectorPage inspector = InspectorPage.open(browser(kind), server.baseUrl());

        inspector.awaitSegmentText(MARKUP);
        assertThat(inspector.count(".injected")).as("elements made from the markup").isZero();
        assertThat(inspector.count("#segment img")).as("images made from the markup").isZero();
        assertThat(inspector.global("__inspectorHacked")).as("script run by the markup")
                .isNull();
    }
}
