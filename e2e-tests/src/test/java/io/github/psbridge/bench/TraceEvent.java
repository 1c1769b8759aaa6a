package io.github.psbridge.bench;

/**
 * One complete event ({@code "ph": "X"}) of a Chromium trace: what ran on which thread, when,
 * and which script Chromium attributed it to.
 *
 * @param name the event's name, e.g. {@code EvaluateScript}
 * @param thread the thread, as {@code pid:tid}
 * @param threadName the thread's name from the trace's metadata, e.g. {@code CrRendererMain}
 * @param startUs start on the trace's clock, in microseconds
 * @param wallUs its duration ({@code dur}), wall-clock
 * @param cpuUs the thread's CPU time in it ({@code tdur}); less than {@code wallUs} when the
 *     thread waited for a CPU, 0 when the trace gave none
 * @param url {@code args.data.url}: the script evaluated, compiled or called; "" when none
 * @param line {@code args.data.lineNumber} (1-based), or 0: for an inline script, where in the
 *     page it starts
 * @param streamed {@code args.data.streamed} of a {@code v8.compile}: the script was parsed
 *     and compiled off the main thread while it downloaded, leaving little to do here
 */
record TraceEvent(String name, String thread, String threadName, long startUs, long wallUs,
        long cpuUs, String url, int line, boolean streamed) {

    long endUs() {
        return startUs + wallUs;
    }

    /** Whether {@code other} ran inside this event, on the same thread. */
    boolean contains(TraceEvent other) {
        return thread.equals(other.thread) && startUs <= other.startUs
                && other.endUs() <= endUs() && !equals(other);
    }
}
