package io.github.psbridge.bench;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;

/** Renders a {@link Run} as the Markdown of {@code BENCHMARKS.md}, also shown on the console. */
final class Report {

    /** The budgets and targets. */
    static final int GZIP_BUDGET = 7_000;
    static final double RATIO_TARGET = 0.8;
    static final double MAIN_THREAD_TARGET_MS = 2.0;

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
                    .withZone(ZoneOffset.UTC);

    private final Run run;
    private final StringBuilder out = new StringBuilder();

    private Report(Run run) {
        this.run = run;
    }

    static String markdown(Run run) {
        return new Report(run).render();
    }

    private String render() {
        header();
        machine();
        sizes();
        loads();
        targets();
        method();
        everyLoad();
        return out.toString();
    }

    private void header() {
        line("# Benchmarks");
        line("");
        line("Measured with `" + run.command() + "`, finished " + DATE.format(run.finished())
                + ". Figures are as measured; the targets of issue 5 are checked at the end.");
        line("");
        if (busyBefore()) {
            line("**The machine was already busy when this run started (load average "
                    + run.loadBefore() + " on " + run.machine().cpus() + " CPUs): its timings"
                    + " are inflated and noisy. Rerun on an idle machine.**");
            line("");
        }
    }

    // The run itself keeps about one CPU busy; more than that before it began is others'.
    private boolean busyBefore() {
        try {
            return Double.parseDouble(run.loadBefore()) > 1.0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private void machine() {
        line("## Machine and versions");
        line("");
        line("| | |");
        line("|---|---|");
        line("| CPUs (`nproc`) | " + run.machine().cpus() + " |");
        line("| CPU | " + run.machine().cpuModel() + " |");
        line("| memory | " + run.machine().memory() + " |");
        line("| load average (1 min), before / after | " + run.loadBefore() + " / "
                + run.loadAfter() + " |");
        line("| Java | " + run.machine().java() + " |");
        run.versions().forEach((name, version) -> line("| " + name + " | " + version + " |"));
        line("| browser driven | over the DevTools protocol, " + run.devTools().description()
                + " |");
        line("| page opened | " + run.start().description() + " |");
        line("");
    }

    private void sizes() {
        Sizes sizes = run.sizes();
        line("## Size");
        line("");
        line("| | raw bytes | gzip -9 bytes |");
        line("|---|---:|---:|");
        line("| `posthog-segment-bridge.js` | " + count(sizes.bridgeRaw()) + " | "
                + count(sizes.bridgeGzip()) + " |");
        line("| documented snippet: PostHog's loader stub and the `analytics.ready` block,"
                + " as on `/compare/documented-snippet.html` | " + count(sizes.snippetRaw())
                + " | " + count(sizes.snippetGzip()) + " |");
        line("| the same without comments and indentation | "
                + count(sizes.snippetStrippedRaw()) + " | "
                + count(sizes.snippetStrippedGzip()) + " |");
        line("");
        composition(sizes.composition());
    }

    private void composition(List<BridgeComposition.Share> shares) {
        line("What the bridge's gzipped bytes are (an estimate, see below):");
        line("");
        line("| part | share | ≈ gzip bytes |");
        line("|---|---:|---:|");
        for (BridgeComposition.Share share : shares) {
            line("| " + share.part().label() + " | " + percent(share.share()) + " | "
                    + count(share.gzipBytes()) + " |");
        }
        line("");
    }

    private void loads() {
        line("## Page loads");
        line("");
        line("Fresh-profile loads per variant: " + run.loadsPerVariant() + "; every request"
                + " delayed by " + run.roundTripMs() + " ms. Times in ms from navigation start,"
                + " median (p10–p90); counts per load, median (min–max).");
        line("");
        line("| variant | loads | first pageview, ms | enriched | first enriched pageview,"
                + " ms | flags requests | requests |");
        line("|---|---:|---:|---:|---:|---:|---:|");
        for (Variant variant : Variant.values()) {
            variantRow(variant);
        }
        line("");
        ratio();
        timelines();
        mainThreadTimes();
    }

    private void variantRow(Variant variant) {
        List<LoadResult> loads = run.of(variant);
        List<Double> times = loads.stream().map(LoadResult::firstPageviewMs)
                .filter(Objects::nonNull).toList();
        List<Double> enriched = run.enrichedTimes(variant);
        int undefined = loads.size() - enriched.size();
        line("| " + variant.label() + " | " + loads.size() + failures(loads) + " | "
                + times(times) + " | " + enriched.size() + "/" + loads.size() + " | "
                + times(enriched)
                + (undefined == 0 ? "" : "; undefined in " + undefined + " of " + loads.size())
                + " | " + counts(loads, LoadResult::flagsRequests) + " | "
                + counts(loads, LoadResult::requests) + " |");
    }

    private void ratio() {
        Double ratio = run.ratio();
        line("Ratio of the medians of time to first enriched pageview, bridge / snippet with"
                + " `page()` in `loaded`: **" + (ratio == null ? "undefined" : decimal(ratio, 2))
                + "** (" + run.enrichedTimes(Variant.BRIDGE).size() + " and "
                + run.enrichedTimes(Variant.SNIPPET_LOADED).size() + " enriched loads).");
        Double floor = run.documentedRatio();
        if (floor != null) {
            line("For scale: the documented snippet's first pageview, which never waits for"
                    + " PostHog and so is never enriched, took " + decimal(floor, 2) + " of the"
                    + " same time. The bridge waits for `posthog.init` and its `loaded` callback"
                    + " before its first `page()`, so that is as near as it could come.");
        }
        line("");
    }

    private void timelines() {
        line("Where the time goes, from each load's trace: when the requests that set a"
                + " variant's pace went out or came back, in ms after the page's own request"
                + " went out, median (p10–p90) over the loads that made them. The bridge asks"
                + " for posthog-js as its script runs, the snippets only once Segment is ready;"
                + " after Segment's settings come in, the bridge and the snippet with"
                + " `loaded` still wait for `posthog.init` and its `loaded` callback, and"
                + " every variant for Segment's own page pipeline, before the page request"
                + " goes out.");
        line("");
        StringBuilder header = new StringBuilder("| variant |");
        StringBuilder rule = new StringBuilder("|---|");
        for (Timeline.Milestone milestone : Timeline.Milestone.values()) {
            header.append(' ').append(milestone.label()).append(" |");
            rule.append("---:|");
        }
        line(header + " page request after settings |");
        line(rule + "---:|");
        for (Variant variant : Variant.values()) {
            timelineRow(variant, run.timelines(variant));
        }
        line("");
    }

    private void timelineRow(Variant variant, List<Timeline> timelines) {
        StringBuilder row = new StringBuilder("| " + variant.label() + " |");
        for (Timeline.Milestone milestone : Timeline.Milestone.values()) {
            row.append(' ').append(times(timelines.stream()
                    .flatMap(timeline -> timeline.millis(milestone).stream())
                    .toList())).append(" |");
        }
        List<Double> afterSettings = timelines.stream()
                .flatMap(timeline -> timeline.millis(Timeline.Milestone.SEGMENT_PAGE)
                        .flatMap(page -> timeline.millis(Timeline.Milestone.SEGMENT_SETTINGS)
                                .map(settings -> page - settings))
                        .stream())
                .toList();
        line(row + " " + times(afterSettings) + " |");
    }

    private void mainThreadTimes() {
        List<MainThreadTime> bridge = run.mainThread(Variant.BRIDGE);
        if (bridge.isEmpty()) {
            line("The bridge's own script on the main thread: not measured.");
            line("");
            return;
        }
        line("The bridge's own script on the main thread, its `<script src>` as Chromium's"
                + " trace attributes it: **" + mainThreadText(run.bridgeScriptTimes())
                + "** over " + bridge.size() + " loads, " + run.devTools().description()
                + "; as the thread's CPU time, median "
                + median(bridge, MainThreadTime::scriptCpuMs) + " ms. Chromium parsed and"
                + " compiled it off the main thread as it downloaded (streamed) in "
                + bridge.stream().filter(MainThreadTime::streamed).count() + " of "
                + bridge.size() + ". Its callbacks later in the load, including what they call"
                + " in posthog-js and Segment, are apart: median "
                + median(bridge, MainThreadTime::callbacksMs) + " ms.");
        line("");
        ownCodeTable();
    }

    private void ownCodeTable() {
        line("Main-thread time of each variant's own code, from the same traces: the bridge's"
                + " file; for the snippets, PostHog's loader stub and the `analytics.ready`"
                + " block inline in the page. Median (p10–p90), ms.");
        line("");
        line("| variant | traced loads | script: evaluation and compile | the same as CPU time"
                + " | callbacks, including what they call |");
        line("|---|---:|---:|---:|---:|");
        for (Variant variant : Variant.values()) {
            List<MainThreadTime> times = run.mainThread(variant);
            line("| " + variant.label() + " | " + times.size() + " | "
                    + spread(times, MainThreadTime::scriptMs) + " | "
                    + spread(times, MainThreadTime::scriptCpuMs) + " | "
                    + spread(times, MainThreadTime::callbacksMs) + " |");
        }
        line("");
    }

    private static String median(List<MainThreadTime> times,
            Function<MainThreadTime, Double> time) {
        return decimal(Spread.of(times.stream().map(time).toList()).median(), 2);
    }

    private static String spread(List<MainThreadTime> times,
            Function<MainThreadTime, Double> time) {
        return times.isEmpty() ? "–"
                : Spread.of(times.stream().map(time).toList()).medianAndRange(2);
    }

    private void targets() {
        List<LoadResult> bridge = run.of(Variant.BRIDGE);
        long enriched = bridge.stream().filter(LoadResult::enriched).count();
        long oneFlags = bridge.stream().filter(load -> load.flagsRequests() == 1).count();
        Double ratio = run.ratio();
        List<Double> mainThread = run.bridgeScriptTimes();
        line("## Targets (issue 5)");
        line("");
        line("| target | measured | met |");
        line("|---|---|---|");
        target("enriched first pageview in 100% of bridge loads",
                enriched + "/" + bridge.size(), !bridge.isEmpty() && enriched == bridge.size());
        target("time to first enriched pageview, bridge / snippet with `loaded` ≤ "
                + RATIO_TARGET, ratio == null ? "undefined" : decimal(ratio, 2),
                ratio != null && ratio <= RATIO_TARGET);
        target("one flags request per first visit (bridge)", "exactly one in " + oneFlags
                + "/" + bridge.size() + " loads", !bridge.isEmpty() && oneFlags == bridge.size());
        mainThreadTarget("main-thread time (median)", mainThread);
        mainThreadTarget("main-thread CPU time (median; waits for a CPU left out)",
                run.bridgeScriptCpuTimes());
        target("bridge ≤ " + count(GZIP_BUDGET) + " bytes gzip", count(run.sizes().bridgeGzip())
                + " bytes", run.sizes().bridgeGzip() <= GZIP_BUDGET);
        line("");
    }

    private void mainThreadTarget(String measure, List<Double> times) {
        Double median = times.isEmpty() ? null : Spread.of(times).median();
        target("bridge's own script < " + decimal(MAIN_THREAD_TARGET_MS, 0) + " ms " + measure,
                median == null ? "not measured" : mainThreadText(times),
                median != null && median < MAIN_THREAD_TARGET_MS);
    }

    private void method() {
        line("## How it was measured");
        line("");
        for (String point : Method.POINTS) {
            line("- " + point.replace("{rtt}", String.valueOf(run.roundTripMs()))
                    .replace("{gzip}", Gzip.tool())
                    .replace("{devtools}", run.devTools().description())
                    .replace("{start}", run.start().description()));
        }
        line("");
    }

    private void everyLoad() {
        line("<details><summary>Every load, in the order run</summary>");
        line("");
        line("| # | variant | first pageview, ms | `$session_id` | ids equal | flags | requests"
                + " | own code on main thread, ms (script + callbacks) | note |");
        line("|---:|---|---:|---|---|---:|---:|---:|---|");
        int number = 1;
        for (LoadResult load : run.results()) {
            line("| " + number++ + " | " + load.variant().label() + " | "
                    + optional(load.firstPageviewMs(), 0) + " | " + yesNo(load.hasSessionId())
                    + " | " + yesNo(load.idsEqual()) + " | " + load.flagsRequests() + " | "
                    + load.requests() + " | " + ownCodeTimes(load) + " | "
                    + (load.note() == null ? "" : load.note()) + " |");
        }
        line("");
        line("</details>");
    }

    private void target(String target, String measured, boolean met) {
        line("| " + target + " | " + measured + " | " + (met ? "yes" : "**no**") + " |");
    }

    private static String failures(List<LoadResult> loads) {
        long failed = loads.stream().filter(load -> load.firstPageviewMs() == null).count();
        return failed == 0 ? "" : " (" + failed + " without a pageview)";
    }

    private static String times(List<Double> values) {
        return values.isEmpty() ? "–" : Spread.of(values).medianAndRange(0);
    }

    private static String counts(List<LoadResult> loads, Function<LoadResult, Long> count) {
        if (loads.isEmpty()) {
            return "–";
        }
        Spread spread = Spread.of(loads.stream().map(load -> (double) count.apply(load))
                .toList());
        return decimal(spread.median(), spread.median() % 1 == 0 ? 0 : 1) + " ("
                + decimal(spread.min(), 0) + "–" + decimal(spread.max(), 0) + ")";
    }

    private static String mainThreadText(List<Double> values) {
        Spread spread = Spread.of(values);
        return "median " + decimal(spread.median(), 2) + " ms (p10–p90 "
                + decimal(spread.p10(), 2) + "–" + decimal(spread.p90(), 2) + ", max "
                + decimal(spread.max(), 2) + ")";
    }

    private static String ownCodeTimes(LoadResult load) {
        return load.mainThreadMeasured() ? decimal(load.mainThread().scriptMs(), 2) + " + "
                + decimal(load.mainThread().callbacksMs(), 2) : "–";
    }

    private static String optional(Double value, int decimals) {
        return value == null ? "–" : decimal(value, decimals);
    }

    private static String yesNo(boolean value) {
        return value ? "yes" : "no";
    }

    private static String decimal(double value, int decimals) {
        return Spread.number(value, decimals);
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}
