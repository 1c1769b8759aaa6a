package io.github.psbridge.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.psbridge.e2e.pages.BridgePage;
import io.github.psbridge.e2e.pages.TestPages;
import io.github.psbridge.e2e.support.BrowserKind;
import io.github.psbridge.e2e.support.E2eTest;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Scenario 5: each unusable setting of DESIGN.md's table, set the way a page would. The
 * bridge says so once, naming the setting, leaves PostHog alone, and Segment still gets
 * its pageview.
 */
class BadConfigTest extends E2eTest {

    /** A bad setting: the page's config, and the name the error must use for it. */
    record BadSetting(String setting, boolean asAttributes, Map<String, Object> values) {

        String page() {
            if (!asAttributes) {
                return TestPages.configured(values);
            }
            Map<String, String> attributes = new HashMap<>(Map.of(
                    "api-key", "phc_e2eAttributesOnlyKey000000000000000000000",
                    "script-url", "/ph/static/array.js"));
            values.forEach((name, value) -> attributes.put(name, String.valueOf(value)));
            return TestPages.attributes(attributes);
        }

        @Override
        public String toString() {
            return setting + "=" + values.values();
        }
    }

    static Stream<Arguments> badSettingsInEachBrowser() {
        List<BadSetting> settings = List.of(
                inObject("apiKey", null),
                inObject("apiKey", "phx_personalKeyMustNeverReachABrowser"),
                inObject("apiKey", "my-project"),
                inObject("apiHost", "http://posthog.example.com"),
                inObject("uiHost", "ftp://posthog.example.com"),
                inObject("scriptUrl", "javascript:alert(1)"),
                inObject("posthog", "autocapture"),
                inObject("timeoutMs", "soon"),
                inObject("groups", "company"),
                inObject("spaPageviews", "yes"),
                inObject("debug", "loud"),
                inAttribute("data-api-key", "api-key", "phx_personalKeyInAnAttribute"),
                inAttribute("data-groups", "groups", "{company: 42dlsfj23f}"),
                inAttribute("data-timeout-ms", "timeout-ms", "-5"));
        return Arrays.stream(BrowserKind.values()).flatMap(kind ->
                settings.stream().map(setting -> Arguments.of(kind, setting)));
    }

    @ParameterizedTest(name = "in {0}: {1}")
    @MethodSource("badSettingsInEachBrowser")
    void logsOneErrorNamingTheSettingAndStillSendsSegmentsPageview(
            BrowserKind kind, BadSetting bad) {
        BridgePage page = visit(kind, bad.page());

        assertThat(page.awaitOutcome().state()).isEqualTo("misconfigured");
        awaitSegmentPageview();
        settleSegment(page);

        assertThat(page.bridgeErrors()).as("the bridge's console errors").singleElement()
                .asString().contains(bad.setting());
        assertThat(received.segment("page")).as("Segment page events").hasSize(1);
        assertThat(page.postHogRequests()).as("requests to PostHog").isEmpty();
        assertThat(received.allDirect()).as("events posthog-js sent").isEmpty();
    }

    private static BadSetting inObject(String key, Object value) {
        Map<String, Object> values = new HashMap<>();
        values.put(key, value);
        return new BadSetting(key, false, values);
    }

    private static BadSetting inAttribute(String setting, String name, String value) {
        return new BadSetting(setting, true, Map.of(name, value));
    }
}
