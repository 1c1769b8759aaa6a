package io.github.psbridge.bench;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium with a fresh profile, so every load is a first visit: nothing
 * cached, no cookies, no stored ids. It presents itself as a normal Chrome, because
 * posthog-js silently drops captures from a {@code HeadlessChrome} user agent or brand and
 * from {@code navigator.webdriver}.
 */
final class BenchBrowser implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final Path profile;
    private final ChromeDriver driver;

    private BenchBrowser(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** Starts Chromium on a new, empty profile. */
    static BenchBrowser start() {
        Path profile = tempProfile();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        BenchBrowser browser = new BenchBrowser(profile,
                new ChromeDriver(service, options(profile)));
        browser.looksLikeChrome();
        return browser;
    }

    /** Navigates to {@code url}; returns once the DOM is parsed, not when scripts are done. */
    void open(String url) {
        driver.get(url);
    }

    /** Runs {@code script} in the page and returns its result. */
    Object run(String script) {
        return driver.executeScript(script);
    }

    /** Chromium's version as it reports it, e.g. {@code 156.0.7600.1}. */
    String version() {
        return driver.getCapabilities().getBrowserVersion();
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
        }
    }

    private static ChromeOptions options(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                "--disable-blink-features=AutomationControlled",
                "--user-data-dir=" + profile);
        // The benchmark waits on its own conditions; the load event adds nothing to them.
        options.setPageLoadStrategy(PageLoadStrategy.EAGER);
        return options;
    }

    // The --user-agent flag would leave the client-hint brands, which posthog-js checks too.
    private void looksLikeChrome() {
        String agent = ((String) driver.executeScript("return navigator.userAgent"))
                .replace("HeadlessChrome", "Chrome");
        String major = agent.replaceAll(".*Chrome/(\\d+).*", "$1");
        Map<String, Object> metadata = Map.of(
                "brands", List.of(Map.of("brand", "Chromium", "version", major),
                        Map.of("brand", "Not-A.Brand", "version", "24")),
                "platform", "Linux", "platformVersion", "", "architecture", "x86",
                "model", "", "mobile", false);
        driver.executeCdpCommand("Emulation.setUserAgentOverride",
                Map.of("userAgent", agent, "userAgentMetadata", metadata));
    }

    private static Path tempProfile() {
        try {
            return Files.createTempDirectory("bench-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a Chromium profile folder", e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | UncheckedIOException e) {
            // A leftover profile in the temp folder costs nothing; the next load has its own.
        }
    }
}
