package io.github.psbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Loads pages in headless Chromium with the real analytics.js and posthog-js and watches the
 * stand-ins. The comparison page is the control: it proves an enriched pageview is seen when
 * one is sent, so the bridge test cannot pass by seeing nothing.
 */
class BrowserSmokeTest {

    // posthog-js drops captures from a HeadlessChrome user agent: look like a normal Chrome.
    private static final String USER_AGENT = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36"
            + " (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36";
    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private final EventRecorder recorder = TestServer.get().recorder();
    private Path profile;
    private ChromeDriver driver;

    @BeforeEach
    void startBrowser() throws IOException {
        TestServer.reset();
        profile = Files.createTempDirectory("demo-site-chromium");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File("/usr/bin/chromedriver"))
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                "--disable-blink-features=AutomationControlled",
                "--user-data-dir=" + profile, "--user-agent=" + USER_AGENT);
        driver = new ChromeDriver(service, options);
    }

    @AfterEach
    void stopBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile)
                    .forEach(File::delete);
        }
    }

    @Test
    void comparisonPageSendsEnrichedPageviewToBothStreams() {
        driver.get(TestServer.get().baseUrl() + "/compare/snippet-loaded.html");

        assertEnrichedPageviewReachedBothStreams();
    }

    @Test
    void homePageWithBridgeSendsEnrichedPageviewToBothStreams() {
        driver.get(TestServer.get().baseUrl() + "/");

        assertEnrichedPageviewReachedBothStreams();
    }

    private void assertEnrichedPageviewReachedBothStreams() {
        Await.until("a Segment page event carrying PostHog's $session_id", PATIENCE,
                () -> enrichedPage().isPresent());
        RecordedEvent page = enrichedPage().orElseThrow();
        Await.until("the relayed $pageview of session " + page.sessionId(), PATIENCE,
                () -> relayedPageviews().stream()
                        .anyMatch(e -> page.sessionId().equals(e.sessionId())));

        assertThat(page.userAgent()).doesNotContain("HeadlessChrome");
        assertThat(relayedPageviews()).filteredOn(e -> page.sessionId().equals(e.sessionId()))
                .singleElement()
                .satisfies(e -> assertThat(e.distinctId()).isEqualTo(page.distinctId()));
    }

    private Optional<RecordedEvent> enrichedPage() {
        return recorder.segment().stream()
                .filter(e -> e.type().equals("page") && e.sessionId() != null)
                .findFirst();
    }

    private List<RecordedEvent> relayedPageviews() {
        return recorder.posthog().stream()
                .filter(e -> e.relayed() && e.type().equals("$pageview"))
                .toList();
    }
}
