package io.github.psbridge.bridge.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlsTest {

    @ParameterizedTest
    @ValueSource(strings = {"https://eu.i.posthog.com", "https://ph.example.com:8443/ingest",
        "https://[2001:db8::1]/", "http://localhost", "http://localhost:8000/ingest",
        "http://127.0.0.1:9", "http://[::1]:8080", "http://user@localhost"})
    void allowsHttpsAnywhereAndHttpOnThisMachine(String url) {
        assertThat(Urls.isAllowed(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://example.com", "http://localhost.example.com",
        "http://localhost@example.com", "http://127.0.0.2", "https://", "https:///path",
        "https://[::1", "HTTPS://eu.i.posthog.com", "//eu.i.posthog.com", "ftp://localhost",
        "data:text/javascript,alert(1)", ""})
    void refusesEverythingElse(String url) {
        assertThat(Urls.isAllowed(url)).isFalse();
    }

    @ParameterizedTest
    @CsvSource({
        "https://a.example.com:8443/x?y#z, 8, a.example.com",
        "https://u:p@a.example.com/, 8, a.example.com",
        "http://[::1]:80/, 7, [::1]",
        "https://a.example.com?q=1, 8, a.example.com"})
    void findsTheHostWithoutUserOrPort(String url, int start, String host) {
        assertThat(Urls.host(url, start)).isEqualTo(host);
    }

    @ParameterizedTest
    @CsvSource({"https://a.com/, https://a.com", "https://a.com///, https://a.com",
        "https://a.com/x, https://a.com/x"})
    void dropsTrailingSlashes(String url, String expected) {
        assertThat(Urls.withoutTrailingSlash(url)).isEqualTo(expected);
    }
}
