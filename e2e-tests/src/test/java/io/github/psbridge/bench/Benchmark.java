package io.github.psbridge.bench;

import io.github.psbridge.demo.DemoOptions;
import io.github.psbridge.demo.DemoServer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The benchmark of issue 5: the bridge against PostHog's documented snippet, in size and in
 * how soon a first visit's pageview reaches Segment enriched by PostHog. Run it with
 * {@code bin/benchmark}; it writes {@code BENCHMARKS.md} and prints the same report.
 */
@Command(name = "bin/benchmark", mixinStandardHelpOptions = true, sortOptions = false,
        description = "Measures the bridge against PostHog's documented Segment snippet in"
                + " headless Chromium, against the demo site's stand-ins.")
public final class Benchmark implements Callable<Integer> {

    @Option(names = "--loads", defaultValue = "20", paramLabel = "N",
            description = "fresh-profile loads per variant (default: ${DEFAULT-VALUE})")
    private int loads;

    @Option(names = "--rtt-ms", defaultValue = "40", paramLabel = "MS",
            description = "simulated round trip added to every request (default:"
                    + " ${DEFAULT-VALUE})")
    private int roundTripMs;

    @Option(names = "--output", defaultValue = "BENCHMARKS.md", paramLabel = "FILE",
            description = "where to write the report (default: ${DEFAULT-VALUE})")
    private Path output;

    @Option(names = "--devtools-runtime", description = "enable DevTools' Runtime domain"
            + " before each load navigates, as ChromeDriver does, to measure what a"
            + " WebDriver-driven browser costs; without it no domain is enabled")
    private boolean devToolsRuntime;

    @Option(names = "--cold-browser", description = "navigate each load's new browser as soon"
            + " as it has its page, while it is still starting up, as runs before 2026-12-04"
            + " did; without it each load waits until the browser is idle")
    private boolean coldBrowser;

    @Option(names = "--save-traces", paramLabel = "DIR", description = "also write each"
            + " load's Chromium trace to DIR as JSON, to open in Chrome DevTools' Performance"
            + " panel")
    private Path traceDir;

    @Option(names = "--show-trace", description = "print the trace events counted as each"
            + " load's own code, to check what is attributed to it")
    private boolean showTrace;

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        System.exit(new CommandLine(new Benchmark()).execute(args));
    }

    @Override
    public Integer call() throws IOException {
        if (loads < 1 || roundTripMs < 0) {
            throw new CommandLine.ParameterException(new CommandLine(this),
                    "--loads must be at least 1 and --rtt-ms at least 0: got " + loads
                            + " and " + roundTripMs);
        }
        String report = Report.markdown(measure());
        System.out.println(report);
        Files.writeString(output, report, StandardCharsets.UTF_8);
        System.err.println("wrote " + output.toAbsolutePath());
        return 0;
    }

    private Run measure() {
        Machine machine = Machine.describe();
        String loadBefore = Machine.loadAverage();
        try (DemoServer server = DemoServer.start(DemoOptions.builder().port(0).build())) {
            Duration roundTrip = Duration.ofMillis(roundTripMs);
            server.faults().delayAll(roundTrip);
            Sizes sizes = Sizes.measure(server);
            LoadRunner runner = new LoadRunner(server, roundTrip, devTools(), start(),
                    traceDir);
            List<LoadResult> results = runAll(runner);
            return new Run(command(), loads, roundTripMs, devTools(), start(), Instant.now(),
                    machine, loadBefore, Machine.loadAverage(), runner.versions(), sizes,
                    results);
        }
    }

    // Interleaved, starting each round one variant further on, so that a slow spell of the
    // machine or a position in the round does not land on one variant only.
    private List<LoadResult> runAll(LoadRunner runner) {
        Variant[] variants = Variant.values();
        for (Variant variant : variants) {
            report("warm-up", runner.measure(variant));
        }
        List<LoadResult> results = new ArrayList<>();
        for (int round = 0; round < loads; round++) {
            for (int i = 0; i < variants.length; i++) {
                LoadResult result = runner.measure(variants[(round + i) % variants.length]);
                report((round + 1) + "/" + loads, result);
                results.add(result);
            }
        }
        return results;
    }

    private void report(String which, LoadResult result) {
        System.err.printf("%-8s %-28s first pageview %s ms, enriched %s, flags %d,"
                        + " requests %d, own code %s%s%n", which, result.variant().label(),
                result.firstPageviewMs() == null ? "–" : Math.round(result.firstPageviewMs()),
                result.enriched() ? "yes" : "no", result.flagsRequests(), result.requests(),
                ownCode(result), result.note() == null ? "" : " (" + result.note() + ")");
        if (showTrace && result.mainThread() != null) {
            showEvents("script", result.mainThread().script());
            showEvents("callback", result.mainThread().callbacks());
        }
    }

    private static String ownCode(LoadResult result) {
        MainThreadTime time = result.mainThread();
        return result.mainThreadMeasured() ? String.format(Locale.ROOT,
                "%.2f ms%s + callbacks %.2f ms", time.scriptMs(),
                time.streamed() ? " (streamed)" : "", time.callbacksMs()) : "–";
    }

    private static void showEvents(String kind, List<TraceEvent> events) {
        for (TraceEvent event : events) {
            System.err.printf(Locale.ROOT, "    %-8s %-14s %s %s #%s line %d: %.2f ms,"
                            + " CPU %.2f ms%n", kind, event.name(), event.threadName(),
                    event.thread(), event.url(), event.line(), event.wallUs() / 1000.0,
                    event.cpuUs() / 1000.0);
        }
    }

    private DevToolsMode devTools() {
        return devToolsRuntime ? DevToolsMode.RUNTIME : DevToolsMode.BARE;
    }

    private BrowserStart start() {
        return coldBrowser ? BrowserStart.COLD : BrowserStart.IDLE;
    }

    private String command() {
        return "bin/benchmark --loads " + loads + " --rtt-ms " + roundTripMs
                + (devToolsRuntime ? " --devtools-runtime" : "")
                + (coldBrowser ? " --cold-browser" : "");
    }
}
