package io.github.psbridge.demo;

/**
 * The routes of the demo server that {@link Faults} can slow down, fail or drop. Each value
 * stands for one kind of request a browser makes while a page loads or tracks.
 */
public enum Route {
    /** Segment's {@code analytics.min.js} and its lazily loaded chunks. */
    SEGMENT_SCRIPT,
    /** Segment's project settings, {@code /segment-cdn/v1/projects/<key>/settings}. */
    SEGMENT_SETTINGS,
    /** Segment's tracking API, browser and server-side endpoints. */
    SEGMENT_API,
    /** posthog-js and its lazily loaded extensions under {@code /ph/static/}. */
    POSTHOG_SCRIPT,
    /** PostHog's remote config, {@code /ph/array/<key>/config(.js)}. */
    POSTHOG_CONFIG,
    /** PostHog's feature flags, {@code /ph/flags/}. */
    POSTHOG_FLAGS,
    /** PostHog's capture endpoints ({@code /ph/e/}, {@code /ph/i/v0/e/}, ...). */
    POSTHOG_CAPTURE,
    /** PostHog's session recording endpoint, {@code /ph/s/}. */
    POSTHOG_RECORDINGS,
    /** The bridge script and its debug build under {@code /js/}. */
    BRIDGE_SCRIPT
}
