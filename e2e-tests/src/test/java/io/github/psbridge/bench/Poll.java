package io.github.psbridge.bench;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits on conditions by polling. The benchmark's timings come from timestamps taken by the
 * server and the page, so the poll interval only decides how soon a load is seen as settled,
 * never what is measured.
 */
final class Poll {

    private static final Duration INTERVAL = Duration.ofMillis(10);

    private Poll() {
    }

    /** The first non-empty answer of {@code probe}, or empty once {@code timeout} passed. */
    static <T> Optional<T> until(Duration timeout, Supplier<Optional<T>> probe) {
        return until(timeout, INTERVAL, probe);
    }

    /** The same, looking every {@code interval}: for probes that cost the browser work. */
    static <T> Optional<T> until(Duration timeout, Duration interval,
            Supplier<Optional<T>> probe) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Optional<T> answer = probe.get();
        while (answer.isEmpty() && System.nanoTime() < deadline) {
            pause(interval);
            answer = probe.get();
        }
        return answer;
    }

    /** Whether {@code condition} held within {@code timeout}. */
    static boolean until(Duration timeout, BooleanSupplier condition) {
        return until(timeout, INTERVAL, condition);
    }

    /** Whether {@code condition} held within {@code timeout}, looking every {@code interval}. */
    static boolean until(Duration timeout, Duration interval, BooleanSupplier condition) {
        return until(timeout, interval, () -> condition.getAsBoolean()
                ? Optional.of(Boolean.TRUE) : Optional.empty()).isPresent();
    }

    // The gap between two looks at a condition, not a wait for the page.
    private static void pause(Duration interval) {
        LockSupport.parkNanos(interval.toNanos());
        if (Thread.interrupted()) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a page load");
        }
    }
}
