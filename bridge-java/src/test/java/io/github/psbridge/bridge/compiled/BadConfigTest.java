package io.github.psbridge.bridge.compiled;

import static io.github.psbridge.bridge.compiled.TestPage.linking;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Unusable config: one error naming the setting, PostHog untouched, Segment's first
 * pageview still sent.
 */
class BadConfigTest extends BrowserTest {
    private static final String MISCONFIGURED = ConsoleLog.PREFIX
            + "misconfigured, PostHog stays off: ";

    static Stream<Arguments> unusableSettings() {
        return Stream.of(
                bad("no api key", p -> p.withoutAttribute("data-api-key"), "apiKey is required"),
                bad("personal key on the tag", p -> p.attribute("data-api-key", "phx_s3cr3t"),
                        "data-api-key is a personal API key"),
                bad("personal key in the object", p -> p.config("{ apiKey: 'phx_s3cr3t' }"),
                        "apiKey is a personal API key"),
                bad("key without phc_", p -> p.attribute("data-api-key", "abcdef"),
                        "data-api-key must start with phc_"),
                bad("http off localhost", p -> p.attribute("data-api-host",
                        "http://ph.example.com"), "data-api-host must be an https: URL"),
                bad("not a URL", p -> p.config("{ apiHost: 'eu.i.posthog.com' }"),
                        "apiHost must be an https: URL"),
                bad("timeout not a number", p -> p.attribute("data-timeout-ms", "soon"),
                        "data-timeout-ms must be a whole number"),
                bad("timeout text in the object", p -> p.config("{ timeoutMs: '2s' }"),
                        "timeoutMs must be a whole number"),
                bad("malformed data-groups", p -> p.attribute("data-groups", "{company: 42}"),
                        "data-groups must be JSON like"),
                bad("group key not text", p -> p.config("{ groups: { company: true } }"),
                        "groups.company must have a non-empty string key"),
                bad("posthog options not an object", p -> p.config("{ posthog: 'off' }"),
                        "posthog must be an object"),
                bad("bad boolean", p -> p.attribute("data-debug", "yes"),
                        "data-debug must be true or false"),
                bad("bad boolean in the object", p -> p.config("{ spaPageviews: 'no' }"),
                        "spaPageviews must be true or false"));
    }

    private static Arguments bad(String what, UnaryOperator<TestPage> change, String message) {
        return Arguments.of(what, change, message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unusableSettings")
    void logsOneErrorAndStillSendsSegmentsPageview(String what, UnaryOperator<TestPage> change,
            String message) {
        load(change.apply(linking()));

        assertThat(browser.console().errors()).singleElement().asString()
                .startsWith(MISCONFIGURED + message);
        assertThat(browser.console().warnings()).isEmpty();
        assertThat(browser.calls()).containsExactly("segment ready", "analytics.page");
        assertThat(browser.requestedUrls()).noneMatch(url -> url.contains("array.js"));
        assertThat(status("state")).isEqualTo("\"misconfigured\"");
        assertThat(status("firstPageviewSent")).isEqualTo("true");
    }

    @Test
    void neverShowsAPersonalKey() {
        load(linking().attribute("data-api-key", "phx_s3cr3tPersonalKey"));

        assertThat(browser.console().everything()).noneMatch(line -> line.contains("s3cr3t"));
        assertThat(status("problems")).doesNotContain("s3cr3t");
    }

    @Test
    void leavesThePagesOwnPostHogAlone() {
        load(linking().postHogOnPage().withoutAttribute("data-api-key"));

        assertThat(browser.calls()).containsExactly("segment ready", "analytics.page");
    }

    @Test
    void namesEveryUnusableSettingInItsOneError() {
        load(linking().attribute("data-api-key", "phx_1").attribute("data-debug", "maybe"));

        assertThat(browser.console().errors()).singleElement().asString()
                .contains("data-api-key is a personal API key")
                .contains("data-debug must be true or false");
        assertThat(browser.json("posthogSegmentBridge.status().problems.length")).isEqualTo("2");
    }
}
