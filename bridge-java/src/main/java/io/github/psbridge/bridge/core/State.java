package io.github.psbridge.bridge.core;

/**
 * Where the bridge stands, as {@code status().state} reports it. Plain ints rather than an
 * enum: TeaVM's enum support would cost the script more bytes than this whole package.
 */
public final class State {
    public static final int WAITING_FOR_SEGMENT = 0;
    public static final int LOADING_POSTHOG = 1;
    public static final int LINKED = 2;
    public static final int POSTHOG_ONLY = 3;
    public static final int SEGMENT_ONLY = 4;
    public static final int MISCONFIGURED = 5;

    private static final String[] LABELS = {
        "waiting-for-segment", "loading-posthog", "linked", "posthog-only", "segment-only",
        "misconfigured"
    };

    private State() {
    }

    /** The name the runtime API shows for a state. */
    public static String label(int state) {
        return LABELS[state];
    }
}
