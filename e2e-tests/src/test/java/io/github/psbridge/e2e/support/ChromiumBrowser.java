package io.github.psbridge.e2e.support;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/** A test's {@link Chromium}, with its console kept for the test to read. */
final class ChromiumBrowser implements Browser {

    private final Chromium chromium = Chromium.start(ChromiumBrowser::keepConsole);
    private final ChromeDriver driver = chromium.driver();
    private final List<ConsoleMessage> console = new ArrayList<>();

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
        chromium.close();
    }

    private static void keepConsole(ChromeOptions options) {
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
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
}
