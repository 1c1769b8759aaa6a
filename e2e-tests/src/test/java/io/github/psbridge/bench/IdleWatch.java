package io.github.psbridge.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Tells when a newly started browser has finished starting, from samples of the CPU time
 * its processes have used in all. A fresh Chromium keeps working for a few hundred
 * milliseconds after it opens its first page (its renderer alone used about 450 ms of CPU
 * here); a page loaded meanwhile competes with that for the machine's cores, which no
 * visitor's long-running browser makes it do.
 */
final class IdleWatch {

    private final long windowNanos;
    private final long slackMillis;
    private final List<Sample> samples = new ArrayList<>();

    /**
     * @param window how long the browser must have been idle
     * @param slack the CPU time it may use within that window and still count as idle
     */
    IdleWatch(Duration window, Duration slack) {
        this.windowNanos = window.toNanos();
        this.slackMillis = slack.toMillis();
    }

    /**
     * Takes a sample and says whether the browser has been idle for the whole window.
     *
     * @param atNanos when it was taken, on {@link System#nanoTime()}'s clock
     * @param cpuSeconds the CPU time its processes have used since they started
     */
    boolean idleAfter(long atNanos, double cpuSeconds) {
        // Whole milliseconds: Chromium's 10 ms ticks come as decimals such as 0.81.
        long cpuMillis = Math.round(cpuSeconds * 1000);
        samples.add(new Sample(atNanos, cpuMillis));
        // The newest sample that is at least a window old starts the window; older ones go.
        while (samples.size() > 1 && atNanos - samples.get(1).atNanos() >= windowNanos) {
            samples.remove(0);
        }
        Sample start = samples.get(0);
        return atNanos - start.atNanos() >= windowNanos
                && cpuMillis - start.cpuMillis() <= slackMillis;
    }

    private record Sample(long atNanos, long cpuMillis) {
    }
}
