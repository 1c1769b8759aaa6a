package io.github.psbridge.e2e.support;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Polls a condition until it holds, then hands back the value that satisfied it. No fixed
 * sleeps: a test waits exactly as long as the page needs, up to a timeout.
 *
 * <pre>{@code
 * List<RecordedEvent> pages = Wait.until("one Segment page event",
 *         site::segmentPages, list -> list.size() == 1);
 * }</pre>
 */
public final class Wait {

    /** Long enough for a page load plus the bridge's slowest fallback in these tests. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(15);

    private static final long POLL_MS = 50;

    private Wait() {
    }

    /** Waits for {@code condition} to return true. */
    public static void until(String awaited, Supplier<Boolean> condition) {
        until(awaited, condition, Boolean.TRUE::equals, DEFAULT_TIMEOUT);
    }

    /** Waits until {@code value} satisfies {@code done}, and returns that value. */
    public static <T> T until(String awaited, Supplier<T> value, Predicate<T> done) {
        return until(awaited, value, done, DEFAULT_TIMEOUT);
    }

    /** As {@link #until(String, Supplier, Predicate)}, with its own timeout. */
    public static <T> T until(String awaited, Supplier<T> value, Predicate<T> done,
            Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        T last = value.get();
        while (!done.test(last)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toMillis()
                        + " ms (polling every " + POLL_MS + " ms) waiting for " + awaited
                        + "; last seen: " + last);
            }
            pause();
            last = value.get();
        }
        return last;
    }

    // The poll interval between two looks at the condition, not a wait for the page.
    private static void pause() {
        LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(POLL_MS));
        if (Thread.interrupted()) {
            throw new AssertionError("interrupted while waiting");
        }
    }
}
