package io.github.psbridge.bench;

import io.github.psbridge.demo.DemoServer;
import io.github.psbridge.demo.RecordedEvent;
import io.github.psbridge.demo.RequestLog;
import io.github.psbridge.demo.Route;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Loads one benchmark page in a fresh browser and reads what happened: the server's
 * timestamps and request log, a few values from the page once it has settled, and
 * Chromium's trace of the load.
 */
final class LoadRunner {

    private static final Duration PAGEVIEW_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration POSTHOG_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration QUIET_TIMEOUT = Duration.ofSeconds(15);
    private static final Duration MIN_QUIET = Duration.ofMillis(500);

    // Read once the load has settled; posthog-js exists in every variant by then.
    private static final String FACTS = "var ph = window.posthog;"
            + " var loaded = !!(ph && ph.__loaded);"
            + " return { timeOrigin: performance.timeOrigin,"
            + " distinctId: loaded ? ph.get_distinct_id() : null,"
            + " posthogJs: loaded ? ph.version : null,"
            + " analyticsNext: window.analytics && window.analytics.VERSION || null };";

    private final DemoServer server;
    private final Duration quiet;
    private final DevToolsMode devTools;
    private final BrowserStart start;
    private final Path traceDir;
    private int loadsRun;
    private final Map<String, String> versions = new TreeMap<>();
    private final Map<Variant, OwnCode> ownCode = new EnumMap<>(Variant.class);

    /**
     * @param roundTrip the simulated round trip; a load counts as settled only after several
     *     round trips without a new request
     * @param devTools the DevTools domains enabled in each load's browser
     * @param start when each load's new browser is navigated to the page
     * @param traceDir where to write each load's trace, or null to keep none
     */
    LoadRunner(DemoServer server, Duration roundTrip, DevToolsMode devTools,
            BrowserStart start, Path traceDir) {
        this.server = server;
        this.devTools = devTools;
        this.start = start;
        this.traceDir = traceDir;
        Duration threeTrips = roundTrip.multipliedBy(3);
        this.quiet = threeTrips.compareTo(MIN_QUIET) > 0 ? threeTrips : MIN_QUIET;
    }

    LoadResult measure(Variant variant) {
        try (BenchBrowser browser = BenchBrowser.start(devTools, start)) {
            versions.putIfAbsent("Chromium", browser.version());
            server.recorder().clear();
            server.requests().clear();
            String url = server.baseUrl() + variant.path();
            browser.open(url);
            LoadResult result = settle(variant, browser);
            Trace trace = browser.trace();
            loadsRun++;
            if (traceDir != null) {
                browser.saveTrace(traceDir.resolve(String.format(Locale.ROOT, "%03d-%s.json",
                        loadsRun, variant.name().toLowerCase(Locale.ROOT))));
            }
            return result.withTrace(trace.timeOf(ownCode(variant)), trace.timeline(url))
                    .withNote(browser.startProblem());
        }
    }

    /** Chromium, posthog-js and analytics-next versions, as the pages reported them. */
    Map<String, String> versions() {
        return Map.copyOf(versions);
    }

    // Read from the page once: its scripts are the same in every load of a variant.
    private OwnCode ownCode(Variant variant) {
        return ownCode.computeIfAbsent(variant,
                page -> OwnCode.of(server.baseUrl() + page.path()));
    }

    private LoadResult settle(Variant variant, BenchBrowser browser) {
        Optional<RecordedEvent> pageview = Poll.until(PAGEVIEW_TIMEOUT, this::firstPageview);
        if (pageview.isEmpty()) {
            return failed(variant, "no Segment page event within " + seconds(PAGEVIEW_TIMEOUT));
        }
        if (!Poll.until(POSTHOG_TIMEOUT, () -> postHogLoaded(browser))) {
            return failed(variant, "posthog-js not loaded within " + seconds(POSTHOG_TIMEOUT));
        }
        String note = awaitQuiet() ? null
                : "requests still coming after " + seconds(QUIET_TIMEOUT);
        return result(variant, pageview.get(), facts(browser), note);
    }

    private LoadResult result(Variant variant, RecordedEvent pageview, Map<?, ?> facts,
            String note) {
        double timeOrigin = ((Number) facts.get("timeOrigin")).doubleValue();
        Object distinctId = facts.get("distinctId");
        remember("posthog-js", facts.get("posthogJs"));
        remember("analytics-next", facts.get("analyticsNext"));
        return new LoadResult(variant, epochMillis(pageview.time()) - timeOrigin,
                pageview.sessionId() != null,
                distinctId != null && distinctId.equals(pageview.anonymousId()),
                server.requests().count(Route.POSTHOG_FLAGS), server.requests().all().size(),
                null, null, LoadResult.join(note, clockCheck(variant, timeOrigin)));
    }

    // Times mix the page's clock with the server's: the page's own request must arrive after
    // the page says navigation started, or the two clocks disagree and the load says so.
    private String clockCheck(Variant variant, double timeOrigin) {
        return server.requests().all().stream()
                .filter(entry -> entry.path().equals(variant.path()))
                .findFirst()
                .map(entry -> epochMillis(entry.time()) - timeOrigin)
                .filter(gap -> gap < 0)
                .map(gap -> "page request logged " + Math.round(-gap)
                        + " ms before navigation start: clocks disagree")
                .orElse(null);
    }

    private LoadResult failed(Variant variant, String why) {
        return LoadResult.failed(variant, why, server.requests().count(Route.POSTHOG_FLAGS),
                server.requests().all().size());
    }

    private Optional<RecordedEvent> firstPageview() {
        return server.recorder().segment().stream()
                .filter(event -> "page".equals(event.type()))
                .findFirst();
    }

    private static boolean postHogLoaded(BenchBrowser browser) {
        return Boolean.TRUE.equals(
                browser.run("return !!(window.posthog && window.posthog.__loaded);"));
    }

    // Settled: no request has reached the server for a few simulated round trips.
    private boolean awaitQuiet() {
        return Poll.until(QUIET_TIMEOUT, () -> {
            List<RequestLog.Entry> all = server.requests().all();
            Instant last = all.isEmpty() ? Instant.EPOCH : all.get(all.size() - 1).time();
            return Duration.between(last, Instant.now()).compareTo(quiet) >= 0;
        });
    }

    private static Map<?, ?> facts(BenchBrowser browser) {
        return (Map<?, ?>) browser.run(FACTS);
    }

    private void remember(String library, Object version) {
        if (version != null) {
            versions.putIfAbsent(library, version.toString());
        }
    }

    private static double epochMillis(Instant time) {
        return time.getEpochSecond() * 1000.0 + time.getNano() / 1_000_000.0;
    }

    private static String seconds(Duration duration) {
        return duration.toSeconds() + " s";
    }
}
