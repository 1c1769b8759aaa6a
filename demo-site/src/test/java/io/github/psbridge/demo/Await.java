package io.github.psbridge.demo;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** Explicit waits: poll a condition until it holds, or fail naming what was awaited. */
final class Await {

    private static final long POLL_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private Await() {
    }

    static void until(String what, Duration timeout, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("waited " + timeout.toMillis() + " ms (polling every "
                        + TimeUnit.NANOSECONDS.toMillis(POLL_NANOS) + " ms) for " + what);
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }
}
