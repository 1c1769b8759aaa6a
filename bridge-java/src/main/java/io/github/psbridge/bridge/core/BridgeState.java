package io.github.psbridge.bridge.core;

/** Where the bridge stands, as {@code status().state} reports it. */
public enum BridgeState {
    WAITING_FOR_SEGMENT("waiting-for-segment"),
    LOADING_POSTHOG("loading-posthog"),
    LINKED("linked"),
    POSTHOG_ONLY("posthog-only"),
    SEGMENT_ONLY("segment-only"),
    MISCONFIGURED("misconfigured");

    private final String label;

    BridgeState(String label) {
        this.label = label;
    }

    /** The name the runtime API shows. */
    public String label() {
        return label;
    }
}
