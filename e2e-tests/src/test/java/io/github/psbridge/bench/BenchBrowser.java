package io.github.psbridge.bench;

import io.github.psbridge.e2e.support.Chromium;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One benchmark load's browser: a {@link Chromium} on a new, empty profile, traced by
 * ChromeDriver from its start, so the trace holds the whole navigation.
 */
final class BenchBrowser implements AutoCloseable {

    private final Chromium chromium;
    private final ChromeDriver driver;

    private BenchBrowser(Chromium chromium) {
        this.chromium = chromium;
        this.driver = chromium.driver();
    }

    /** Starts Chromium on a new, empty profile, recording {@link Trace#CATEGORIES}. */
    static BenchBrowser start() {
        return new BenchBrowser(Chromium.start(BenchBrowser::traced));
    }

    /** Navigates to {@code url}; returns once the DOM is parsed, not when scripts are done. */
    void open(String url) {
        driver.get(url);
    }

    /** Runs {@code script} in the page and returns its result. */
    Object run(String script) {
        return driver.executeScript(script);
    }

    /** The trace so far. ChromeDriver ends its tracing to hand it over: call this once. */
    Trace trace() {
        return Trace.parse(driver.manage().logs().get(LogType.PERFORMANCE).getAll().stream()
                .map(LogEntry::getMessage).toList());
    }

    /** Chromium's version as it reports it, e.g. {@code 156.0.7600.1}. */
    String version() {
        return driver.getCapabilities().getBrowserVersion();
    }

    @Override
    public void close() {
        chromium.close();
    }

    // With trace categories in its performance log settings, ChromeDriver traces the browser
    // from its start. The log's Network and Page events are not needed here.
    private static void traced(ChromeOptions options) {
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.PERFORMANCE, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setExperimentalOption("perfLoggingPrefs", Map.of(
                "traceCategories", Trace.CATEGORIES, "enableNetwork", false,
                "enablePage", false));
    }
}
