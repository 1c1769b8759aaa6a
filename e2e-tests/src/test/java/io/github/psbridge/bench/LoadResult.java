package io.github.psbridge.bench;

/**
 * What one fresh-profile page load showed.
 *
 * @param variant the page loaded
 * @param firstPageviewMs from navigation start to the first Segment {@code page} event at the
 *     stand-in, or null if none arrived
 * @param hasSessionId whether that event carried PostHog's {@code $session_id}
 * @param idsEqual whether its {@code anonymousId} equals {@code posthog.get_distinct_id()}
 * @param flagsRequests requests to PostHog's flags endpoint during the load
 * @param requests every request the load made to the server
 * @param mainThread the main-thread time of the variant's own code, from Chromium's trace, or
 *     null before it was read
 * @param note what went wrong or looked odd, or null
 */
record LoadResult(
        Variant variant, Double firstPageviewMs, boolean hasSessionId, boolean idsEqual,
        long flagsRequests, long requests, MainThreadTime mainThread, String note) {

    static LoadResult failed(Variant variant, String why, long flagsRequests, long requests) {
        return new LoadResult(variant, null, false, false, flagsRequests, requests, null, why);
    }

    /** This result with {@code time} added, and its problem, if any, noted. */
    LoadResult withMainThread(MainThreadTime time) {
        return new LoadResult(variant, firstPageviewMs, hasSessionId, idsEqual, flagsRequests,
                requests, time, join(note, time.problem()));
    }

    /** Whether the trace showed the variant's own code run, so its times are known. */
    boolean mainThreadMeasured() {
        return mainThread != null && mainThread.measured();
    }

    /** A pageview PostHog enriched: its session id on it, and both tools agree on the user. */
    boolean enriched() {
        return firstPageviewMs != null && hasSessionId && idsEqual;
    }

    /** The time to the first enriched pageview; null (undefined) when it was not enriched. */
    Double firstEnrichedPageviewMs() {
        return enriched() ? firstPageviewMs : null;
    }

    static String join(String note, String other) {
        return note == null ? other : other == null ? note : note + "; " + other;
    }
}
