package io.github.psbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PagesTest {

    @BeforeEach
    void reset() {
        TestServer.reset();
    }

    @Test
    void fillsEveryPlaceholderOfEachDemoPage() {
        for (String page : new String[] {"/", "/product.html", "/cart.html", "/login.html",
                "/team.html", "/spa.html", "/spa/reports", "/server-event.html",
                "/inspector.html", "/compare/documented-snippet.html",
                "/compare/snippet-loaded.html", "/compare/bridge.html"}) {
            HttpResponse<String> response = TestServer.get(page);

            assertThat(response.statusCode()).as(page).isEqualTo(200);
            assertThat(response.body()).as(page).doesNotContain("${");
        }
    }

    @Test
    void pointsPagesAtTheStandIns() {
        String base = TestServer.get().baseUrl();

        String home = TestServer.get("/").body();

        assertThat(home).contains("analytics._cdn = \"" + base + "/segment-cdn\"",
                "analytics.load(\"demoWriteKey\")",
                "src=\"" + base + "/js/posthog-segment-bridge.js\"",
                "data-api-host=\"" + base + "/ph\"",
                "data-script-url=\"" + base + "/ph/static/array.js\"");
        assertThat(home).doesNotContain("analytics.page(");
    }

    @Test
    void switchesToTheEs5BuildOfPostHogForOldEngines() {
        TestServer.get().useLegacyPostHogBuild(true);

        String home = TestServer.get("/").body();

        assertThat(home).contains("/ph/static/array.full.es5.js");
    }

    @Test
    void servesMarkedTestPageWithStrictPolicyAndMatchingNonce() {
        HttpResponse<String> response = TestServer.get("/test/csp-check.html");

        String policy = response.headers().firstValue("Content-Security-Policy").orElseThrow();
        Matcher nonce = Pattern.compile("'nonce-([^']+)'").matcher(policy);
        assertThat(nonce.find()).as(policy).isTrue();
        assertThat(policy).contains("script-src 'nonce-").doesNotContain("unsafe-eval");
        assertThat(response.body()).contains("data-nonce=\"" + nonce.group(1) + "\"")
                .doesNotContain("demo:csp");
    }

    @Test
    void givesEachResponseAFreshNonce() {
        String first = TestServer.get("/test/csp-check.html").headers()
                .firstValue("Content-Security-Policy").orElseThrow();
        String second = TestServer.get("/test/csp-check.html").headers()
                .firstValue("Content-Security-Policy").orElseThrow();

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void servesPagesWithoutMarkerWithoutPolicy() {
        HttpResponse<String> response = TestServer.get("/");

        assertThat(response.headers().firstValue("Content-Security-Policy")).isEmpty();
    }

    @Test
    void servesTheBridgeAndItsDebugBuildFromTheClasspath() {
        HttpResponse<String> bridge = TestServer.get("/js/posthog-segment-bridge.js");
        HttpResponse<String> debug = TestServer.get("/js/posthog-segment-bridge.debug.js");
        HttpResponse<String> map = TestServer.get("/js/posthog-segment-bridge.debug.js.map");

        assertThat(bridge.statusCode()).isEqualTo(200);
        assertThat(bridge.headers().firstValue("Content-Type"))
                .contains("text/javascript; charset=utf-8");
        assertThat(debug.statusCode()).isEqualTo(200);
        assertThat(map.statusCode()).isEqualTo(200);
    }

    @Test
    void answersUnknownPagesWith404() {
        assertThat(TestServer.get("/nope.html").statusCode()).isEqualTo(404);
        assertThat(TestServer.get("/test/nope.html").statusCode()).isEqualTo(404);
        assertThat(TestServer.get("/_segment-snippet.html").statusCode()).isEqualTo(404);
    }

    @Test
    void servesSegmentSettingsPointingBackAtThisServer() {
        HttpResponse<String> settings =
                TestServer.get("/segment-cdn/v1/projects/demoWriteKey/settings");
        HttpResponse<String> unknown = TestServer.get("/segment-cdn/v1/projects/other/settings");

        assertThat(settings.body()).contains(
                "\"apiHost\":\"127.0.0.1:" + TestServer.get().port() + "/segment-api/v1\"",
                "\"protocol\":\"http\"", "\"sampleRate\":0", "\"apiKey\":\"demoWriteKey\"");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(TestServer.get("/segment-cdn/analytics.js/v1/demoWriteKey/analytics.min.js")
                .statusCode()).isEqualTo(200);
    }
}
