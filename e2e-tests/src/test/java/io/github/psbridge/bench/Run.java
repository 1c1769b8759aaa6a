package io.github.psbridge.bench;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one benchmark run found, for {@link Report}.
 *
 * @param command how the run was started, to repeat it
 * @param loadsPerVariant measured loads per variant, warm-up loads not counted
 * @param devTools the DevTools domains enabled in the browser during each load
 * @param start when each load's new browser was navigated to the page
 * @param loadBefore the 1-minute load average before the first load
 * @param loadAfter the same after the last load
 * @param versions browser and library versions, by name
 */
record Run(
        String command, int loadsPerVariant, int roundTripMs, DevToolsMode devTools,
        BrowserStart start, Instant finished, Machine machine, String loadBefore,
        String loadAfter, Map<String, String> versions, Sizes sizes,
        List<LoadResult> results) {

    /** The measured loads of {@code variant}, in the order they ran. */
    List<LoadResult> of(Variant variant) {
        return results.stream().filter(result -> result.variant() == variant).toList();
    }

    /** The times to the first enriched pageview of {@code variant}'s enriched loads. */
    List<Double> enrichedTimes(Variant variant) {
        return of(variant).stream().map(LoadResult::firstEnrichedPageviewMs)
                .filter(Objects::nonNull).toList();
    }

    /**
     * Median time to the first enriched pageview, bridge over the snippet with
     * {@code page()} in {@code loaded}; null when either has no enriched load.
     */
    Double ratio() {
        return medianRatio(enrichedTimes(Variant.BRIDGE), enrichedTimes(Variant.SNIPPET_LOADED));
    }

    /**
     * The same for the documented snippet's first pageview, never enriched: it does not wait
     * for PostHog at all, which the bridge must, so it is as near as the bridge could come.
     */
    Double documentedRatio() {
        List<Double> documented = of(Variant.DOCUMENTED).stream()
                .map(LoadResult::firstPageviewMs).filter(Objects::nonNull).toList();
        return medianRatio(documented, enrichedTimes(Variant.SNIPPET_LOADED));
    }

    /** The main-thread times of {@code variant}'s own code, in loads whose trace showed it. */
    List<MainThreadTime> mainThread(Variant variant) {
        return of(variant).stream().filter(LoadResult::mainThreadMeasured)
                .map(LoadResult::mainThread).toList();
    }

    /** The timelines of {@code variant}'s loads whose trace was read. */
    List<Timeline> timelines(Variant variant) {
        return of(variant).stream().map(LoadResult::timeline).filter(Objects::nonNull).toList();
    }

    private static Double medianRatio(List<Double> times, List<Double> baseline) {
        if (times.isEmpty() || baseline.isEmpty()) {
            return null;
        }
        return Spread.of(times).median() / Spread.of(baseline).median();
    }

    /** The headline: the bridge's own script on the main thread, per traced load, in ms. */
    List<Double> bridgeScriptTimes() {
        return mainThread(Variant.BRIDGE).stream().map(MainThreadTime::scriptMs).toList();
    }

    /** The same as the main thread's CPU time, without the waits for a CPU. */
    List<Double> bridgeScriptCpuTimes() {
        return mainThread(Variant.BRIDGE).stream().map(MainThreadTime::scriptCpuMs).toList();
    }
}
