package io.github.psbridge.bridge.compiled;

import static io.github.psbridge.bridge.compiled.TestPage.linking;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The page that works: Segment ready, posthog-js loaded, one enriched first pageview. */
class LinkingTest extends BrowserTest {

    @Test
    void firesFirstPageviewAfterPostHogLoaded() {
        load(linking());

        assertThat(browser.calls()).containsExactly("segment ready",
                "analytics.addSourceMiddleware", "posthog.init", "analytics.register PostHog JS",
                "posthog.loaded", "analytics.page");
        assertThat(status("state")).isEqualTo("\"linked\"");
        assertThat(browser.console().everything()).isEmpty();
    }
}
