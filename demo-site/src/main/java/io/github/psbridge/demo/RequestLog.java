package io.github.psbridge.demo;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Every request the demo server answered on a faultable route or page (not the control
 * API), in arrival order, so tests and the benchmark can count what a page load cost:
 * how many flags requests, how many requests in all.
 */
public final class RequestLog {

    /** The most entries kept; older ones are dropped first. */
    public static final int CAPACITY = 10_000;

    private final List<Entry> entries = new ArrayList<>();

    /**
     * One request.
     *
     * @param route the route it belongs to, or null for pages and their assets
     */
    public record Entry(Instant time, String method, String path, Route route) {
    }

    public synchronized void add(Entry entry) {
        if (entries.size() == CAPACITY) {
            entries.remove(0);
        }
        entries.add(entry);
    }

    /** A copy of the entries, oldest first. */
    public synchronized List<Entry> all() {
        return List.copyOf(entries);
    }

    /** How many requests went to {@code route}. */
    public synchronized long count(Route route) {
        return entries.stream().filter(entry -> entry.route() == route).count();
    }

    public synchronized void clear() {
        entries.clear();
    }
}
