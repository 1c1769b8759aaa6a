package io.github.psbridge.bridge.compiled;

import static io.github.psbridge.bridge.compiled.TestPage.DEFAULT_SCRIPT_URL;
import static io.github.psbridge.bridge.compiled.TestPage.linking;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The page that works: Segment ready, posthog-js loaded, one enriched first pageview. */
class LinkingTest extends BrowserTest {
    private static final String EU_SCRIPT_URL = "https://eu-assets.i.posthog.com/static/array.js";

    @Test
    void firesFirstPageviewAfterPostHogLoaded() {
        load(linking());

        assertThat(browser.calls()).containsExactly("segment ready",
                "analytics.addSourceMiddleware", "posthog.init", "analytics.register PostHog JS",
                "posthog.loaded", "analytics.page");
        assertThat(status("state")).isEqualTo("\"linked\"");
        assertThat(browser.console().everything()).isEmpty();
    }

    @Test
    void sendsTheFirstPageviewEnrichedByPostHog() {
        load(linking());

        assertThat(browser.json("segmentEvents.map(e => e.type)")).isEqualTo("[\"page\"]");
        assertThat(browser.json("segmentEvents[0].properties.$session_id"))
                .isEqualTo("\"session-1\"");
    }

    @Test
    void initsPostHogWithSegmentAndWithoutItsOwnPageview() {
        load(linking());

        assertThat(browser.run("posthogInitKey")).isEqualTo("phc_test");
        assertThat(browser.json("posthogInitOptions.api_host"))
                .isEqualTo("\"https://us.i.posthog.com\"");
        assertThat(browser.run("posthogInitOptions.segment === window.analytics")).isEqualTo(true);
        assertThat(browser.run("posthogInitOptions.capture_pageview")).isEqualTo(false);
        assertThat(browser.run("typeof posthogInitOptions.loaded")).isEqualTo("function");
        assertThat(browser.json("posthogInitOptions.before_send.length")).isEqualTo("1");
    }

    @Test
    void startsPostHogWithSegmentsAnonymousId() {
        load(linking());

        assertThat(browser.json("posthogInitOptions.bootstrap"))
                .isEqualTo("{\"distinctID\":\"anon-1\",\"isIdentifiedID\":false}");
        assertThat(status("distinctId")).isEqualTo("\"anon-1\"");
    }

    @Test
    void startsPostHogWithSegmentsUserIdOnceLoggedIn() {
        load(linking().segmentUser("user-7"));

        assertThat(browser.json("posthogInitOptions.bootstrap"))
                .isEqualTo("{\"distinctID\":\"user-7\",\"isIdentifiedID\":true}");
        assertThat(browser.json("segmentEvents[0].properties.distinct_id"))
                .isEqualTo("\"user-7\"");
    }

    @Test
    void readsItsSettingsFromTheConfigObject() {
        TestPage page = new TestPage().postHogServedAt(EU_SCRIPT_URL).config("{ apiKey: "
                + "'phc_object', apiHost: 'https://eu.i.posthog.com', timeoutMs: 200 }");

        load(page);

        assertThat(browser.run("posthogInitKey")).isEqualTo("phc_object");
        assertThat(browser.run("posthogInitOptions.api_host"))
                .isEqualTo("https://eu.i.posthog.com");
        assertThat(status("state")).isEqualTo("\"linked\"");
    }

    @Test
    void letsTheConfigObjectWinKeyByKeyOverAttributes() {
        TestPage page = linking().attribute("data-api-host", "https://eu.i.posthog.com")
                .postHogServedAt(EU_SCRIPT_URL).config("{ apiKey: 'phc_object' }");

        load(page);

        assertThat(browser.run("posthogInitKey")).isEqualTo("phc_object");
        assertThat(browser.run("posthogInitOptions.api_host"))
                .isEqualTo("https://eu.i.posthog.com");
        assertThat(browser.requestedUrls()).contains(EU_SCRIPT_URL);
    }

    @Test
    void mergesThePagesPostHogOptionsButKeepsItsOwn() {
        TestPage page = linking().config("{ posthog: { autocapture: false, "
                + "capture_pageview: true, ui_host: 'https://eu.posthog.com', "
                + "loaded: function (ph) { calls.push('page loaded ' + ph.__loaded); } } }");

        load(page);

        assertThat(browser.run("posthogInitOptions.autocapture")).isEqualTo(false);
        assertThat(browser.run("posthogInitOptions.capture_pageview")).isEqualTo(false);
        assertThat(browser.run("posthogInitOptions.ui_host")).isEqualTo("https://eu.posthog.com");
        assertThat(browser.calls()).endsWith("posthog.loaded", "analytics.page",
                "page loaded true");
    }

    @Test
    void startsLoadingPostHogBeforeSegmentIsReady() {
        browser.open(linking().segmentNeverReady().attribute("data-timeout-ms", "1000"));

        String tag = "document.querySelector('script[src=\"" + DEFAULT_SCRIPT_URL + "\"]')";
        assertThat(browser.run(tag + " !== null")).as("posthog-js tag added").isEqualTo(true);
        assertThat(browser.run(tag + ".async")).isEqualTo(true);
        assertThat(browser.calls()).doesNotContain("segment ready", "posthog.init");
        browser.settle();
    }

    @Test
    void linksWhenSegmentWasReadyBeforeTheBridge() {
        load(linking().segmentReadyBeforeBridge(false));

        assertThat(browser.calls()).containsExactly("segment ready",
                "analytics.addSourceMiddleware", "posthog.init", "analytics.register PostHog JS",
                "posthog.loaded", "analytics.page");
    }

    @Test
    void linksWhenSegmentCallsReadyBackAtOnce() {
        load(linking().postHogOnPage().segmentReadyBeforeBridge(true));

        assertThat(browser.calls()).containsExactly("segment ready",
                "analytics.addSourceMiddleware", "posthog.init", "analytics.register PostHog JS",
                "posthog.loaded", "analytics.page");
        assertThat(browser.console().everything()).isEmpty();
    }

    @Test
    void usesThePagesOwnPostHog() {
        load(linking().postHogOnPage());

        assertThat(browser.calls()).containsExactly("segment ready",
                "analytics.addSourceMiddleware", "posthog.init", "analytics.register PostHog JS",
                "posthog.loaded", "analytics.page");
        assertThat(browser.requestedUrls()).doesNotContain(DEFAULT_SCRIPT_URL);
        assertThat(browser.json("document.scripts.length")).isEqualTo("4");
    }

    @Test
    void givesThePostHogScriptTagTheBridgeTagsNonce() {
        load(linking().nonce("r4nd0m"));

        String tag = "document.querySelector('script[src=\"" + DEFAULT_SCRIPT_URL + "\"]')";
        assertThat(browser.run(tag + ".getAttribute('nonce')")).isEqualTo("r4nd0m");
    }

    @Test
    void doesNothingMoreWhenIncludedTwice() {
        load(linking().bridgeTwice());

        assertThat(browser.calls()).containsExactly("segment ready",
                "analytics.addSourceMiddleware", "posthog.init", "analytics.register PostHog JS",
                "posthog.loaded", "analytics.page");
        assertThat(browser.requestedUrls()).containsOnlyOnce(DEFAULT_SCRIPT_URL);
        assertThat(browser.console().everything()).isEmpty();
    }

    @Test
    void keepsGoingWhenThePagesLoadedCallbackThrows() {
        TestPage page = linking().config("{ posthog: { loaded: function () {"
                + " calls.push('page loaded'); throw new Error('boom'); } } }");

        load(page);

        assertThat(browser.calls()).endsWith("posthog.loaded", "analytics.page", "page loaded");
        assertThat(browser.console().errors()).singleElement().asString()
                .startsWith(ConsoleLog.PREFIX + "your posthog.loaded callback threw: ")
                .contains("boom");
        assertThat(status("state")).isEqualTo("\"linked\"");
    }
}
