package io.github.psbridge.bridge.compiled;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.htmlunit.BrowserVersion;
import org.htmlunit.MockWebConnection;
import org.htmlunit.ScriptException;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.javascript.SilentJavaScriptErrorListener;

/**
 * A fresh HtmlUnit browser whose whole web is in memory: the compiled bridge, the
 * stand-ins, and the page under test. Everything else answers 404.
 */
final class BridgeBrowser implements AutoCloseable {
    private static final String JS = "text/javascript";
    // Past the bridge's default 5 s timeout, which a page with an unusable timeout still runs.
    private static final long SETTLE_MS = 6_000;

    private final WebClient client = new WebClient(BrowserVersion.CHROME);
    private final MockWebConnection web = new MockWebConnection();
    private final ConsoleLog console = new ConsoleLog();
    private final List<String> pageErrors = new ArrayList<>();
    private HtmlPage page;

    BridgeBrowser() {
        client.setWebConnection(web);
        client.getOptions().setThrowExceptionOnScriptError(false);
        client.getOptions().setThrowExceptionOnFailingStatusCode(false);
        client.getOptions().setCssEnabled(false);
        client.getWebConsole().setLogger(console);
        client.setJavaScriptErrorListener(new SilentJavaScriptErrorListener() {
            @Override
            public void scriptException(HtmlPage failing, ScriptException failure) {
                pageErrors.add(failure.getMessage());
            }
        });
        web.setDefaultResponse("not found", 404, "Not Found", "text/plain");
        serve(TestPage.BRIDGE_URL, compiledBridge());
        serve(TestPage.SEGMENT_URL, resource("segment.js"));
        serve(TestPage.PAGE_POSTHOG_URL, resource("posthog.js"));
    }

    /** Loads the page and runs its scripts; timers go on in the background. */
    BridgeBrowser open(TestPage testPage) {
        if (testPage.postHogServedAt() != null) {
            serve(testPage.postHogServedAt(), resource("posthog.js"));
        }
        web.setResponse(url(TestPage.SITE + "/"), testPage.html(), "text/html");
        try {
            page = client.getPage(TestPage.SITE + "/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return this;
    }

    /** Waits until every timer the page set has run, the bridge's timeouts included. */
    BridgeBrowser settle() {
        int pending = client.waitForBackgroundJavaScript(SETTLE_MS);
        assertThat(pending).as("JavaScript jobs still pending %d ms after the page loaded",
                SETTLE_MS).isZero();
        return this;
    }

    /** Runs a script in the page and returns its result as Java sees it. */
    Object run(String script) {
        return page.executeJavaScript(script).getJavaScriptResult();
    }

    /** The value of a JavaScript expression as JSON text. */
    String json(String expression) {
        return String.valueOf(run("JSON.stringify(" + expression + ")"));
    }

    /** What the stand-ins were asked to do, in order: {@code window.calls}. */
    List<String> calls() {
        String joined = String.valueOf(run("window.calls.join('\\n')"));
        return joined.isEmpty() ? List.of() : Arrays.asList(joined.split("\n"));
    }

    ConsoleLog console() {
        return console;
    }

    /** Uncaught errors that reached the page. */
    List<String> pageErrors() {
        return pageErrors;
    }

    List<String> requestedUrls() {
        return web.getRequestedUrls().stream().map(URL::toString).toList();
    }

    @Override
    public void close() {
        client.close();
    }

    private void serve(String address, String script) {
        web.setResponse(url(address), script, JS);
    }

    private static URL url(String address) {
        try {
            return new URL(address);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String compiledBridge() {
        String path = System.getProperty("bridge.script");
        assertThat(path).as("bridge.script, set by surefire to the compiled file").isNotNull();
        try {
            return Files.readString(Path.of(path));
        } catch (IOException e) {
            throw new UncheckedIOException("compile the bridge first: mvn -pl bridge-java "
                    + "process-classes", e);
        }
    }

    private static String resource(String name) {
        try (InputStream in = BridgeBrowser.class.getResourceAsStream("/stand-ins/" + name)) {
            assertThat(in).as("test resource stand-ins/%s", name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
