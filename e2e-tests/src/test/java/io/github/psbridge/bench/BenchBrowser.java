package io.github.psbridge.bench;

import io.github.psbridge.e2e.support.Chromium;
import org.openqa.selenium.chrome.ChromeDriver;

/** One benchmark load's browser: a {@link Chromium} on a new, empty profile. */
final class BenchBrowser implements AutoCloseable {

    private final Chromium chromium;
    private final ChromeDriver driver;

    private BenchBrowser(Chromium chromium) {
        this.chromium = chromium;
        this.driver = chromium.driver();
    }

    /** Starts Chromium on a new, empty profile. */
    static BenchBrowser start() {
        return new BenchBrowser(Chromium.start(options -> { }));
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
        chromium.close();
    }
}
