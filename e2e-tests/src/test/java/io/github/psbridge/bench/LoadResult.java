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
 * @param setUpMs main-thread time of the bridge's script up to its start call (parse,
 *     compile, TeaVM's set-up), or null when this page does not time it
 * @param firstRunMs main-thread time of the start call, the bridge's first run, or null
 * @param note what went wrong or looked odd, or null
 */
record LoadResult(
        Variant variant, Double firstPageviewMs, boolean hasSessionId, boolean idsEqual,
        long flagsRequests, long requests, Double setUpMs, Double firstRunMs, String note) {

    static LoadResult failed(Variant variant, String why, long flagsRequests, long requests) {
        return new LoadResult(variant, null, false, false, flagsRequests, requests, null, null,
                why);
    }

    /** The bridge's own script on the main thread, set-up and first run; null if not timed. */
    Double mainThreadMs() {
        return setUpMs == null || firstRunMs == null ? null : setUpMs + firstRunMs;
    }

    /** A pageview PostHog enriched: its session id on it, and both tools agree on the user. */
    boolean enriched() {
        return firstPageviewMs != null && hasSessionId && idsEqual;
    }

    /** The time to the first enriched pageview; null (undefined) when it was not enriched. */
    Double firstEnrichedPageviewMs() {
        return enriched() ? firstPageviewMs : null;
    }
}
