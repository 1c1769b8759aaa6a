package io.github.psbridge.e2e.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.stream.Stream;
import org.openqa.selenium.PageLoadStrategy;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless Chromium through chromedriver, with a fresh profile, looking like a
 * person's browser to posthog-js: its bot check drops every capture from a user agent or
 * client-hint brand that says {@code HeadlessChrome}, or from {@code navigator.webdriver}.
 */
final class ChromiumBrowser implements Browser {

    private static final String CHROMIUM = "/usr/bin/chromium";
    private static final String CHROMEDRIVER = "/usr/bin/chromedriver";

    private final Path profile;
    private final ChromeDriver driver;
    private final List<ConsoleMessage> console = new ArrayList<>();

    ChromiumBrowser() {
        profile = tempProfile();
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options(profile));
        hideHeadless();
    }

    @Override
    public BrowserKind kind() {
        return BrowserKind.CHROMIUM;
    }

    @Override
    public void open(String url) {
        driver.get(url);
    }

    @Override
    public Object run(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    @Override
    public List<String> requests() {
        Object urls = driver.executeScript("return performance.getEntriesByType('resource')"
                + ".map(function (entry) { return entry.name; });");
        return ((List<?>) urls).stream().map(String::valueOf).toList();
    }

    @Override
    public synchronized List<ConsoleMessage> console() {
        for (LogEntry entry : driver.manage().logs().get(LogType.BROWSER)) {
            console.add(toMessage(entry));
        }
        return List.copyOf(console);
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
        // The load event waits for async scripts, which a dropped route holds forever.
        options.setPageLoadStrategy(PageLoadStrategy.EAGER);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
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

    // Chromium prefixes errors that no handler caught with "Uncaught".
    private static ConsoleMessage toMessage(LogEntry entry) {
        ConsoleMessage.Level level = entry.getLevel().intValue() >= Level.SEVERE.intValue()
                ? ConsoleMessage.Level.ERROR
                : entry.getLevel().intValue() >= Level.WARNING.intValue()
                        ? ConsoleMessage.Level.WARNING : ConsoleMessage.Level.INFO;
        String text = entry.getMessage();
        return new ConsoleMessage(level, text, text.contains("Uncaught "));
    }

    private static Path tempProfile() {
        try {
            return Files.createTempDirectory("e2e-chromium-");
        } catch (IOException e) {
            throw new UncheckedIOException("could not create a Chromium profile folder", e);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException | UncheckedIOException e) {
            // A leftover temp folder is harmless; the next test gets a new one anyway.
        }
    }
}
