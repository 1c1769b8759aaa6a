package io.github.psbridge.bench;

import io.github.psbridge.e2e.support.Chromium;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.openqa.selenium.json.Json;

/**
 * One benchmark load's browser: a {@link DevToolsChromium} on a new, empty profile, traced from
 * before it navigates, so the trace holds the whole navigation. It enables no DevTools domain
 * unless its {@link DevToolsMode} says so: with {@code Runtime} enabled, as ChromeDriver always
 * has it, DevTools captures a JavaScript stack trace for each request a script starts, work a
 * visitor's browser never does.
 */
final class BenchBrowser implements AutoCloseable {

    private static final Duration TRACE_TIMEOUT = Duration.ofSeconds(30);
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(10);

    private final DevToolsChromium chromium;
    private final DevToolsConnection page;
    private final List<Object> events = Collections.synchronizedList(new ArrayList<>());
    private final CompletableFuture<Map<?, ?>> traceComplete = new CompletableFuture<>();
    private final String startProblem;

    private BenchBrowser(DevToolsChromium chromium, String startProblem) {
        this.chromium = chromium;
        this.page = chromium.page();
        this.startProblem = startProblem;
    }

    /**
     * Starts Chromium on a new, empty profile, waits for it as {@code start} says, then
     * records {@link Trace#CATEGORIES}.
     */
    static BenchBrowser start(DevToolsMode mode, BrowserStart start) {
        DevToolsChromium chromium = DevToolsChromium.start();
        try {
            boolean ready = start == BrowserStart.COLD || chromium.awaitIdle(IDLE_TIMEOUT);
            BenchBrowser browser = new BenchBrowser(chromium, ready ? null : "Chromium still"
                    + " busy " + IDLE_TIMEOUT.toSeconds() + " s after it started; navigated");
            browser.prepare(mode);
            return browser;
        } catch (RuntimeException e) {
            chromium.close();
            throw e;
        }
    }

    /** What went wrong as the browser started, such as never going idle, or null. */
    String startProblem() {
        return startProblem;
    }

    /** Navigates to {@code url}; returns as the navigation gets going, long before the load. */
    void open(String url) {
        Map<?, ?> navigation = page.send("Page.navigate", Map.of("url", url));
        if (navigation.get("errorText") instanceof String error) {
            throw new IllegalStateException("could not open " + url + ": " + error);
        }
    }

    /** Runs {@code functionBody} in the page and returns its result, as JSON gives it. */
    Object run(String functionBody) {
        Map<?, ?> evaluation = page.send("Runtime.evaluate", Map.of(
                "expression", "(function () {" + functionBody + "})()",
                "returnByValue", true, "awaitPromise", false));
        if (evaluation.get("exceptionDetails") instanceof Map<?, ?> details) {
            throw failed(details, functionBody);
        }
        return ((Map<?, ?>) evaluation.get("result")).get("value");
    }

    /** Ends tracing and returns the trace: call this once, when the load has settled. */
    Trace trace() {
        page.send("Tracing.end", Map.of());
        Map<?, ?> complete = DevToolsConnection.await(traceComplete, TRACE_TIMEOUT,
                "Tracing.tracingComplete");
        boolean dataLost = Boolean.TRUE.equals(complete.get("dataLossOccurred"));
        return Trace.of(List.copyOf(events), dataLost);
    }

    /**
     * Writes the trace's events, as Chromium sent them, to {@code file} as a JSON array, the
     * form Chrome DevTools' Performance panel loads. Call it after {@link #trace()}.
     */
    void saveTrace(Path file) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, new Json().toJson(events), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the trace to " + file, e);
        }
    }

    /** Chromium's version as it reports it, e.g. {@code 156.0.7600.1}. */
    String version() {
        return chromium.version();
    }

    @Override
    public void close() {
        chromium.close();
    }

    private static IllegalStateException failed(Map<?, ?> details, String functionBody) {
        Object thrown = details.get("exception") instanceof Map<?, ?> exception
                ? exception.get("description") : details.get("text");
        return new IllegalStateException("script failed in the page: " + thrown
                + "\nscript: " + functionBody);
    }

    // The user agent first, since posthog-js reads it as soon as it runs; tracing last, so the
    // trace holds nothing but the load.
    private void prepare(DevToolsMode mode) {
        page.send("Emulation.setUserAgentOverride",
                Chromium.userAgentOverride(chromium.userAgent()));
        if (mode == DevToolsMode.RUNTIME) {
            page.send("Runtime.enable", Map.of());
        }
        page.on("Tracing.dataCollected", batch -> events.addAll((List<?>) batch.get("value")));
        page.on("Tracing.tracingComplete", traceComplete::complete);
        page.send("Tracing.start", Map.of("transferMode", "ReportEvents",
                "traceConfig", Map.of("includedCategories", List.of(Trace.CATEGORIES))));
    }
}
