package io.github.psbridge.e2e.support;

import java.util.ArrayList;
import java.util.List;
import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.WebConsole;
import org.htmlunit.WebClientOptions;
import org.openqa.selenium.htmlunit.HtmlUnitDriver;

/**
 * HtmlUnit through its WebDriver, with a fresh {@link WebClient}, its console and script
 * errors captured, its requests logged, and {@link VisibilityShim} in every page it loads.
 */
final class HtmlUnitBrowser implements Browser {

    private static final int NETWORK_TIMEOUT_MS = 10_000;

    private final HtmlUnitDriver driver = new HtmlUnitDriver(BrowserVersion.CHROME, true);
    private final List<ConsoleMessage> console = new ArrayList<>();
    private final RequestLog requests;

    HtmlUnitBrowser() {
        WebClient client = driver.getWebClient();
        configure(client.getOptions());
        new VisibilityShim(client);
        requests = new RequestLog(client);
        client.getWebConsole().setLogger(new ConsoleRecorder());
        client.setJavaScriptErrorListener(new ScriptErrors(this::record));
    }

    @Override
    public BrowserKind kind() {
        return BrowserKind.HTMLUNIT;
    }

    @Override
    public void open(String url) {
        requests.clear();
        driver.get(url);
    }

    @Override
    public Object run(String script, Object... args) {
        return driver.executeScript(script, args);
    }

    @Override
    public List<String> requests() {
        return requests.urls();
    }

    @Override
    public synchronized List<ConsoleMessage> console() {
        return List.copyOf(console);
    }

    @Override
    public void close() {
        driver.quit();
    }

    private synchronized void record(ConsoleMessage message) {
        console.add(message);
    }

    private static void configure(WebClientOptions options) {
        options.setCssEnabled(false);
        options.setThrowExceptionOnScriptError(false);
        options.setThrowExceptionOnFailingStatusCode(false);
        options.setPrintContentOnFailingStatusCode(false);
        options.setTimeout(NETWORK_TIMEOUT_MS);
    }

    /** Feeds {@code console.*} calls of the page into {@link #console}. */
    private final class ConsoleRecorder implements WebConsole.Logger {

        @Override
        public boolean isTraceEnabled() {
            return false;
        }

        @Override
        public void trace(Object message) {
        }

        @Override
        public boolean isDebugEnabled() {
            return true;
        }

        @Override
        public void debug(Object message) {
            info(message);
        }

        @Override
        public boolean isInfoEnabled() {
            return true;
        }

        @Override
        public void info(Object message) {
            record(new ConsoleMessage(ConsoleMessage.Level.INFO, String.valueOf(message), false));
        }

        @Override
        public boolean isWarnEnabled() {
            return true;
        }

        @Override
        public void warn(Object message) {
            record(new ConsoleMessage(ConsoleMessage.Level.WARNING, String.valueOf(message),
                    false));
        }

        @Override
        public boolean isErrorEnabled() {
            return true;
        }

        @Override
        public void error(Object message) {
            record(new ConsoleMessage(ConsoleMessage.Level.ERROR, String.valueOf(message), false));
        }
    }
}
