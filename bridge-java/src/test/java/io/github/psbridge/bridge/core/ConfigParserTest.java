package io.github.psbridge.bridge.core;

import static io.github.psbridge.bridge.core.RawConfigBuilder.page;
import static io.github.psbridge.bridge.core.RawConfigBuilder.withKey;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.psbridge.bridge.BridgeConfig;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfigParserTest {

    private static BridgeConfig parse(RawConfigBuilder raw) {
        List<String> problems = new ArrayList<>();
        ConfigParser parser = new ConfigParser(problems::add);
        BridgeConfig config = parser.parse(raw);
        assertThat(problems).as("problems").isEmpty();
        assertThat(parser.summary()).as("summary").isNull();
        return config;
    }

    private static List<String> problemsOf(RawConfigBuilder raw) {
        List<String> problems = new ArrayList<>();
        ConfigParser parser = new ConfigParser(problems::add);
        BridgeConfig config = parser.parse(raw);
        assertThat(config).as("config despite problems").isNull();
        assertThat(parser.summary()).as("summary").isEqualTo(String.join(" ", problems));
        return problems;
    }

    @Test
    void fillsDefaultsAroundAProjectKey() {
        BridgeConfig config = parse(withKey());

        assertThat(config).isEqualTo(new BridgeConfig("phc_test", "https://us.i.posthog.com",
                null, "https://us-assets.i.posthog.com/static/array.js", 5000, false, false));
    }

    @Test
    void readsEverySettingFromTheConfigObject() {
        RawConfigBuilder raw = page().property("apiKey", "phc_abc")
                .property("apiHost", "https://eu.i.posthog.com")
                .property("uiHost", "https://eu.posthog.com")
                .property("scriptUrl", "https://cdn.example.com/array.js")
                .property("posthog", "[object Object]", "object")
                .property("timeoutMs", "200", "number")
                .group("company", "42dlsfj23f", "string")
                .property("spaPageviews", "true", "boolean")
                .property("debug", "true", "boolean");

        BridgeConfig config = parse(raw);

        assertThat(config.apiKey()).isEqualTo("phc_abc");
        assertThat(config.apiHost()).isEqualTo("https://eu.i.posthog.com");
        assertThat(config.uiHost()).isEqualTo("https://eu.posthog.com");
        assertThat(config.scriptUrl()).isEqualTo("https://cdn.example.com/array.js");
        assertThat(config.timeoutMs()).isEqualTo(200);
        assertThat(config.spaPageviews()).isTrue();
        assertThat(config.debug()).isTrue();
    }

    @Nested
    class ApiKey {

        @Test
        void trimsTheKey() {
            BridgeConfig config = parse(page().attribute("apiKey", "  phc_abc \n"));

            assertThat(config.apiKey()).isEqualTo("phc_abc");
        }

        @Test
        void requiresAKeyAndSaysWhereToPutIt() {
            List<String> problems = problemsOf(page());

            assertThat(problems).singleElement().asString()
                    .startsWith("apiKey is required")
                    .contains("data-api-key=\"phc_...\"")
                    .contains("window.posthogSegmentBridgeConfig");
        }

        @Test
        void treatsAnEmptyKeyAsMissing() {
            List<String> problems = problemsOf(page().attribute("apiKey", ""));

            assertThat(problems).singleElement().asString().startsWith("apiKey is required");
        }

        @Test
        void refusesPersonalApiKeyWithoutRepeatingIt() {
            RawConfigBuilder raw = page().attribute("apiKey", "phx_s3cr3tPersonalKey");

            List<String> problems = problemsOf(raw);

            assertThat(problems).singleElement().asString()
                    .startsWith("data-api-key is a personal API key")
                    .contains("revoke it")
                    .contains("project API key (phc_...)")
                    .doesNotContain("s3cr3t");
        }

        @Test
        void namesTheConfigPropertyWhenThePersonalKeyCameFromIt() {
            List<String> problems = problemsOf(page().property("apiKey", "phx_abc"));

            assertThat(problems).singleElement().asString()
                    .startsWith("apiKey is a personal API key");
        }

        @Test
        void refusesKeyWithoutPhcPrefixShowingOnlyItsStart() {
            RawConfigBuilder raw = page().attribute("apiKey", "sk_live_verysecret");

            List<String> problems = problemsOf(raw);

            assertThat(problems).containsExactly("data-api-key must start with phc_: got "
                    + "\"sk_l...\". Use the project API key from PostHog's project settings.");
        }

        @Test
        void refusesAKeyThatIsNotAString() {
            List<String> problems = problemsOf(page().property("apiKey", "12", "number"));

            assertThat(problems).singleElement().asString()
                    .startsWith("apiKey must start with phc_: got \"12\"");
        }
    }

    @Nested
    class Hosts {

        @Test
        void dropsTrailingSlashesFromTheApiHost() {
            BridgeConfig config = parse(withKey().attribute("apiHost",
                    "https://ph.example.com//"));

            assertThat(config.apiHost()).isEqualTo("https://ph.example.com");
        }

        @ParameterizedTest
        @ValueSource(strings = {"http://localhost:8000", "http://127.0.0.1", "http://[::1]:9"})
        void allowsPlainHttpOnThisMachine(String host) {
            BridgeConfig config = parse(withKey().attribute("apiHost", host));

            assertThat(config.apiHost()).isEqualTo(host);
        }

        @ParameterizedTest
        @ValueSource(strings = {"http://ph.example.com", "ftp://ph.example.com",
            "eu.i.posthog.com", "https://", "javascript:alert(1)"})
        void refusesApiHostsABrowserShouldNotUse(String host) {
            List<String> problems = problemsOf(withKey().attribute("apiHost", host));

            assertThat(problems).containsExactly("data-api-host must be an https: URL, or http: "
                    + "on localhost, 127.0.0.1 or [::1]: got \"" + host + "\". "
                    + "Use e.g. https://eu.i.posthog.com.");
        }

        @Test
        void refusesAHostThatIsNotAString() {
            List<String> problems = problemsOf(withKey().property("apiHost",
                    "[object Object]", "object"));

            assertThat(problems).singleElement().asString().startsWith("apiHost must be");
        }

        @Test
        void checksTheUiHostAndScriptUrlToo() {
            RawConfigBuilder raw = withKey().attribute("uiHost", "http://app.example.com")
                    .property("scriptUrl", "//cdn.example.com/array.js");

            List<String> problems = problemsOf(raw);

            assertThat(problems).hasSize(2);
            assertThat(problems.get(0)).startsWith("data-ui-host must be an https: URL");
            assertThat(problems.get(1)).startsWith("scriptUrl must be an https: URL");
        }

        @Test
        void keepsTheUiHost() {
            BridgeConfig config = parse(withKey().attribute("uiHost",
                    "https://eu.posthog.com/"));

            assertThat(config.uiHost()).isEqualTo("https://eu.posthog.com");
        }
    }

    @Nested
    class ScriptUrl {

        @ParameterizedTest
        @CsvSource({
            "https://us.i.posthog.com, https://us-assets.i.posthog.com/static/array.js",
            "https://app.posthog.com, https://us-assets.i.posthog.com/static/array.js",
            "https://eu.i.posthog.com, https://eu-assets.i.posthog.com/static/array.js",
            "https://eu.i.posthog.com/, https://eu-assets.i.posthog.com/static/array.js",
            "https://ph.example.com, https://ph.example.com/static/array.js",
            "https://example.com/ingest/, https://example.com/ingest/static/array.js",
            "http://localhost:8000, http://localhost:8000/static/array.js"})
        void comesFromPostHogsAssetsHostForCloudElseFromTheApiHost(String host, String url) {
            BridgeConfig config = parse(withKey().attribute("apiHost", host));

            assertThat(config.scriptUrl()).isEqualTo(url);
        }

        @Test
        void isTakenAsGiven() {
            BridgeConfig config = parse(withKey().attribute("apiHost",
                    "https://eu.i.posthog.com").attribute("scriptUrl",
                    "https://cdn.example.com/ph/array.js"));

            assertThat(config.scriptUrl()).isEqualTo("https://cdn.example.com/ph/array.js");
        }
    }

    @Nested
    class PostHogOptions {

        @ParameterizedTest
        @ValueSource(strings = {"string", "array", "function", "null"})
        void mustBeAnObject(String kind) {
            List<String> problems = problemsOf(withKey().property("posthog", "x", kind));

            assertThat(problems).containsExactly("posthog must be an object of posthog.init "
                    + "options: got " + kind + ". Use e.g. posthog: { autocapture: false }.");
        }
    }

    @Nested
    class Timeout {

        @ParameterizedTest
        @CsvSource({"200, 200", "' 300 ', 300", "1, 1", "600000, 600000"})
        void takesWholeMilliseconds(String text, int ms) {
            BridgeConfig config = parse(withKey().attribute("timeoutMs", text));

            assertThat(config.timeoutMs()).isEqualTo(ms);
        }

        @Test
        void takesANumberFromTheConfigObject() {
            BridgeConfig config = parse(withKey().property("timeoutMs", "250", "number"));

            assertThat(config.timeoutMs()).isEqualTo(250);
        }

        @ParameterizedTest
        @ValueSource(strings = {"abc", "", "0", "-5", "1.5", "600001", "1e3", "9999999999"})
        void refusesAnythingButAWholeNumberInRange(String text) {
            List<String> problems = problemsOf(withKey().attribute("timeoutMs", text));

            assertThat(problems).containsExactly("data-timeout-ms must be a whole number of "
                    + "milliseconds from 1 to 600000: got \"" + text + "\". Use e.g. 5000.");
        }

        @Test
        void namesTheConfigPropertyWhenItIsNotANumber() {
            List<String> problems = problemsOf(withKey().property("timeoutMs", "true",
                    "boolean"));

            assertThat(problems).singleElement().asString().startsWith("timeoutMs must be");
        }
    }

    @Nested
    class GroupsSetting {

        @Test
        void takesStringAndNumberKeys() {
            RawConfigBuilder raw = withKey().group("company", "c1", "string")
                    .group("team", "7", "number");

            BridgeConfig config = parse(raw);

            assertThat(config).isNotNull();
        }

        @Test
        void reportsMalformedJsonInTheAttribute() {
            RawConfigBuilder raw = withKey().groupsAttributeError("{company: 1}",
                    "Unexpected token c");

            List<String> problems = problemsOf(raw);

            assertThat(problems).containsExactly("data-groups must be JSON like "
                    + "{\"company\":\"42dlsfj23f\"}: Unexpected token c");
        }

        @Test
        void mustBeAnObject() {
            RawConfigBuilder raw = withKey().property("groups", "company", "string");

            List<String> problems = problemsOf(raw);

            assertThat(problems).containsExactly("groups must map group types to keys, like "
                    + "{\"company\":\"42dlsfj23f\"}: got string.");
        }

        @Test
        void refusesAKeyThatIsNotTextOrNumber() {
            RawConfigBuilder raw = withKey().group("company", "true", "boolean");

            List<String> problems = problemsOf(raw);

            assertThat(problems).containsExactly(
                    "groups.company must have a non-empty string key: got boolean.");
        }
    }

    @Nested
    class Flags {

        @ParameterizedTest
        @CsvSource({"true, true", "false, false", "'', true", "' true ', true"})
        void readsAttributeValuesAndABareAttribute(String text, boolean expected) {
            RawConfigBuilder raw = withKey().attribute("spaPageviews", text)
                    .attribute("debug", text);

            BridgeConfig config = parse(raw);

            assertThat(config.spaPageviews()).isEqualTo(expected);
            assertThat(config.debug()).isEqualTo(expected);
        }

        @Test
        void refusesAnythingButTrueOrFalse() {
            RawConfigBuilder raw = withKey().attribute("debug", "yes")
                    .property("spaPageviews", "1", "number");

            List<String> problems = problemsOf(raw);

            assertThat(problems).containsExactly(
                    "spaPageviews must be true or false: got \"1\".",
                    "data-debug must be true or false: got \"yes\".");
        }
    }

    @Test
    void reportsEveryUnusableSettingInTheOrderOfTheTable() {
        RawConfigBuilder raw = page().attribute("debug", "maybe")
                .attribute("timeoutMs", "soon")
                .attribute("apiHost", "http://example.com");

        List<String> problems = problemsOf(raw);

        assertThat(problems).hasSize(4);
        assertThat(problems).map(p -> p.substring(0, p.indexOf(' '))).containsExactly(
                "apiKey", "data-api-host", "data-timeout-ms", "data-debug");
    }
}
