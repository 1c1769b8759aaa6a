package io.github.psbridge.bench;

import java.util.List;
import java.util.function.ToLongFunction;

/**
 * The main-thread time Chromium's trace attributes to a variant's own code in one load.
 * Only top-level events count, those not inside another of the code's events, so that
 * nothing is counted twice.
 *
 * @param script the evaluation of its scripts ({@code EvaluateScript}, which holds their
 *     main-thread compile and their first run) and any main-thread compile outside it
 *     ({@code v8.compile})
 * @param callbacks later calls into it from the browser ({@code FunctionCall}: its timers,
 *     event handlers), each with whatever it calls in other scripts
 * @param streamed whether Chromium streamed a script's parse and compile off the main
 *     thread (a {@code v8.compile} of it says {@code streamed}); inline scripts never are
 * @param problem why the figures may be wrong, or null
 */
record MainThreadTime(List<TraceEvent> script, List<TraceEvent> callbacks, boolean streamed,
        String problem) {

    /** Whether the trace showed the code run at all. */
    boolean measured() {
        return !script.isEmpty();
    }

    double scriptMs() {
        return millis(script, TraceEvent::wallUs);
    }

    /** {@link #scriptMs()} as the thread's CPU time, without waits for a busy CPU. */
    double scriptCpuMs() {
        return millis(script, TraceEvent::cpuUs);
    }

    double callbacksMs() {
        return millis(callbacks, TraceEvent::wallUs);
    }

    private static double millis(List<TraceEvent> events, ToLongFunction<TraceEvent> time) {
        return events.stream().mapToLong(time).sum() / 1000.0;
    }
}
