package io.github.psbridge.bench;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

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
    private final Deque<Sample> samples = new ArrayDeque<>();

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
        samples.addLast(new Sample(atNanos, cpuMillis));
        // Keep the newest sample that is at least a window old: it starts the window.
        while (samples.size() > 2 && atNanos - secondOldest().atNanos() >= windowNanos) {
            samples.removeFirst();
        }
        Sample start = samples.getFirst();
        return atNanos - start.atNanos() >= windowNanos
                && cpuMillis - start.cpuMillis() <= slackMillis;
    }

    private Sample secondOldest() {
        return samples.stream().skip(1).findFirst().orElseThrow();
    }

    private record Sample(long atNanos, long cpuMillis) {
    }
}
