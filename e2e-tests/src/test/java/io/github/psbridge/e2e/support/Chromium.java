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
 * {@code HeadlessChrome}, or from {@code navigator.webdriver}. The end-to-end tests start
 * their browsers here; the benchmark, which drives Chromium over the DevTools protocol
 * without chromedriver, takes its flags, profiles and user agent from here.
 */
public final class Chromium implements AutoCloseable {

    /** Debian's Chromium launcher. */
    public static final String BINARY = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final Path profile;
    private final ChromeDriver driver;

    private Chromium(Path profile, ChromeDriver driver) {
        this.profile = profile;
        this.driver = driver;
    }

    /** Starts a browser; {@code extraOptions} may add to the options, e.g. log settings. */
    public static Chromium start(Consumer<ChromeOptions> extraOptions) {
        Path profile = newProfile();
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
            deleteProfile(profile);
        }
    }

    /** The flags for a headless Chromium on this machine, with {@code profile} as its own. */
    public static List<String> arguments(Path profile) {
        return List.of("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync",
                "--disable-blink-features=AutomationControlled", "--user-data-dir=" + profile);
    }

    /**
     * The parameters of a DevTools {@code Emulation.setUserAgentOverride} that make a headless
     * Chromium whose user agent is {@code headlessAgent} look like a person's Chrome.
     */
    public static Map<String, Object> userAgentOverride(String headlessAgent) {
        String agent = headlessAgent.replace("HeadlessChrome", "Chrome");
        String major = agent.replaceAll(".*Chrome/(\\d+).*", "$1");
        Map<String, Object> metadata = Map.of(
                "brands", List.of(Map.of("brand", "Chromium", "version", major),
                        Map.of("brand", "Not-A.Brand", "version", "24")),
                "platform", "Linux", "platformVersion", "", "architecture", "x86",
                "model", "", "mobile", false);
        return Map.of("userAgent", agent, "userAgentMetadata", metadata);
    }

    /** A new, empty folder for a browser profile; delete it with {@link #deleteProfile}. */
    public static Path newProfile() {
        try {
            return Files.createTempDirectory("chromium-profile-");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a Chromium profile folder", e);
        }
    }

    /** Deletes {@code profile} and all in it, as far as it can. */
    public static void deleteProfile(Path profile) {
        try (Stream<Path> files = Files.walk(profile)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | UncheckedIOException e) {
            // A leftover temp folder is harmless; the next browser gets a new one anyway.
        }
    }

    private static ChromeOptions options(Path profile) {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BINARY);
        options.addArguments(arguments(profile));
        // The load event waits for async scripts, which a dropped route holds forever; the
        // tests wait on their own conditions instead.
        options.setPageLoadStrategy(PageLoadStrategy.EAGER);
        return options;
    }

    // The --user-agent flag leaves the client-hint brands, which posthog-js also checks.
    private void hideHeadless() {
        String agent = (String) driver.executeScript("return navigator.userAgent");
        driver.executeCdpCommand("Emulation.setUserAgentOverride", userAgentOverride(agent));
    }
}
