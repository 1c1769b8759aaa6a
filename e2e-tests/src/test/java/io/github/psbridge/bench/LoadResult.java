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
 * @param timeline when the load's pacing requests went and came, from the same trace, or null
 * @param note what went wrong or looked odd, or null
 */
record LoadResult(
        Variant variant, Double firstPageviewMs, boolean hasSessionId, boolean idsEqual,
        long flagsRequests, long requests, MainThreadTime mainThread, Timeline timeline,
        String note) {

    static LoadResult failed(Variant variant, String why, long flagsRequests, long requests) {
        return new LoadResult(variant, null, false, false, flagsRequests, requests, null, null,
                why);
    }

    /** This result with what its trace showed added, and the trace's problem, if any, noted. */
    LoadResult withTrace(MainThreadTime time, Timeline loadTimeline) {
        return new LoadResult(variant, firstPageviewMs, hasSessionId, idsEqual, flagsRequests,
                requests, time, loadTimeline, join(note, time.problem()));
    }

    /** This result with {@code other} added to its note; null adds nothing. */
    LoadResult withNote(String other) {
        return new LoadResult(variant, firstPageviewMs, hasSessionId, idsEqual, flagsRequests,
                requests, mainThread, timeline, join(note, other));
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
