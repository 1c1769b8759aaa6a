package io.github.psbridge.demo;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntSupplier;

/**
 * Per-route faults that tests and the benchmark switch on while the server runs.
 *
 * <p>A route can be delayed, made to fail with a status, or dropped. A dropped request is
 * held open without an answer, as a black-holed CDN or an ad blocker's tarpit would: a script
 * tag then neither loads nor errors until the browser gives up. Held requests are cut off
 * (connection closed, no response) when the fault is cleared or the server stops, so one
 * test's drop never leaks into the next.
 *
 * <pre>{@code
 * server.faults().drop(Route.POSTHOG_SCRIPT);     // posthog-js never arrives
 * server.faults().delay(Route.SEGMENT_SETTINGS, Duration.ofSeconds(2));
 * server.faults().delayAll(Duration.ofMillis(80)); // simulated round trip, every request
 * server.faults().clear();
 * }</pre>
 *
 * <p>Thread-safe. The control API under {@code /_demo/} is never faulted.
 */
public final class Faults {

    private final Map<Route, Duration> delays = new EnumMap<>(Route.class);
    private final Map<Route, Integer> failures = new EnumMap<>(Route.class);
    private final Map<Route, Boolean> drops = new EnumMap<>(Route.class);
    private Duration roundTrip = Duration.ZERO;
    private Runnable onClear = () -> { };
    private IntSupplier heldCount = () -> 0;

    /** Answers requests on {@code route} only after {@code delay}. */
    public synchronized Faults delay(Route route, Duration delay) {
        delays.put(Objects.requireNonNull(route, "route"), checkDelay(delay));
        return this;
    }

    /** Answers requests on {@code route} with {@code status} (400 to 599) and no content. */
    public synchronized Faults fail(Route route, int status) {
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException(
                    "status must be an HTTP error between 400 and 599: got " + status);
        }
        failures.put(Objects.requireNonNull(route, "route"), status);
        return this;
    }

    /** Holds requests on {@code route} open without answering (see the class comment). */
    public synchronized Faults drop(Route route) {
        drops.put(Objects.requireNonNull(route, "route"), Boolean.TRUE);
        return this;
    }

    /** Delays every request but the control API by {@code simulatedRoundTrip}. */
    public synchronized Faults delayAll(Duration simulatedRoundTrip) {
        roundTrip = checkDelay(simulatedRoundTrip);
        return this;
    }

    /** Removes every fault and cuts off requests that a drop still holds. */
    public Faults clear() {
        Runnable release;
        synchronized (this) {
            delays.clear();
            failures.clear();
            drops.clear();
            roundTrip = Duration.ZERO;
            release = onClear;
        }
        release.run();
        return this;
    }

    /**
     * What to do with one request on {@code route}; {@code route} is null for pages and other
     * files that only {@link #delayAll} affects.
     */
    public synchronized Plan planFor(Route route) {
        if (route == null) {
            return new Plan(roundTrip, 0, false);
        }
        Duration delay = roundTrip.plus(delays.getOrDefault(route, Duration.ZERO));
        return new Plan(delay, failures.getOrDefault(route, 0), drops.containsKey(route));
    }

    /** How many requests a drop holds open right now. */
    public int heldRequests() {
        IntSupplier count;
        synchronized (this) {
            count = heldCount;
        }
        return count.getAsInt();
    }

    synchronized void attach(Runnable releaseHeldRequests, IntSupplier countHeldRequests) {
        onClear = releaseHeldRequests;
        heldCount = countHeldRequests;
    }

    private static Duration checkDelay(Duration delay) {
        if (delay == null || delay.isNegative()) {
            throw new IllegalArgumentException("delay must be zero or positive: got " + delay);
        }
        return delay;
    }

    /**
     * The faults in force for one request.
     *
     * @param delay how long to wait before answering (or failing, or holding)
     * @param failStatus the error status to answer with, or 0 to answer normally
     * @param drop whether to hold the request without an answer
     */
    public record Plan(Duration delay, int failStatus, boolean drop) {

        /** Whether the request is served at once and normally. */
        public boolean isNone() {
            return delay.isZero() && failStatus == 0 && !drop;
        }
    }
}
