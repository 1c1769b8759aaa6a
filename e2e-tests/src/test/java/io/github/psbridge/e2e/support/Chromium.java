package io.github.psbridge.e2e.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium through its chromedriver, on a new, empty profile (a first
 * visit: nothing cached, no stored ids), looking like a person's Chrome to posthog-js: its
 * bot check drops every capture from a user agent or client-hint brand that says
 * {@code HeadlessChrome}, or from {@code navigator.webdriver}. Both the end-to-end tests and
 * the benchmark start their browsers here.
 */
public final class Chromium implements AutoCloseable {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final Path profile;
    private final ChromeDriver driver;

    private Chromium(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** Starts a browser; {@code extraOptions} may add to the options, e.g. log settings. */
    public static Chromium start(Consumer<ChromeOptions> extraOptions) {
        Path profile = tempProfile();
        ChromeOptions options = options(profile);
        extraOptions.accept(options);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        Chromium chromium = new Chromium(profile, new ChromeDriver(service, options));
        chromium.hideHeadless();
        return chromium;
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Quits the browser and deletes its profile. */
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
        // The load event waits for async scripts, which a dropped route holds forever; tests
        // and the benchmark wait on their own conditions instead.
        options.setPageLoadStrategy(PageLoadStrategy.EAGER);
        return options;
    }

    // The --user-agent flag leaves the client-hint brands, which posthog-js also checks.
    private void hideHeadless() {
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
            return Files.createTempDirectory("chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a Chromium profile folder", e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | UncheckedIOException e) {
            // A leftover temp folder is harmless; the next browser gets a new one anyway.
        }
    }
}
