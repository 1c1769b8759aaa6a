package io.github.psbridge.bridge.core;

/**
 * What {@link Flow} asks the page to do. The browser layer does it for real; tests record
 * the calls.
 */
public interface Effects {

    /**
     * Calls {@code posthog.init}, with {@code segment: window.analytics} when linked.
     *
     * @return null, or what {@code posthog.init} threw (a page's bad option, say)
     */
    String initPostHog(boolean linked);

    /** Sends Segment's {@code analytics.page()}. */
    void sendSegmentPageview();

    /** Has PostHog capture a {@code $pageview} itself, for when Segment is not there. */
    void capturePostHogPageview();

    /** Calls {@link Flow#onSegmentTimeout()} after this long. */
    void scheduleSegmentTimeout(int ms);

    /** Calls {@link Flow#onPostHogTimeout()} after this long. */
    void schedulePostHogTimeout(int ms);

    /**
     * Logs a problem once, as {@code console.error} for the page's author or
     * {@code console.warn} for a degraded load, and keeps it for {@code status().problems}.
     */
    void problem(boolean isError, String message);

    /** Logs an error without keeping it: a summary of problems kept one by one already. */
    void error(String message);

    /** A step of the flow, for the {@code debug} option. */
    void trace(String message);

    /** The bridge has reached its outcome, a {@link State}; {@code onLinked} callbacks run. */
    void settled(int outcome);
}
