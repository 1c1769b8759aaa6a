package io.github.psbridge.e2e.pages;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code window.posthogSegmentBridge.status()} said.
 *
 * @param state one of DESIGN.md's states, or {@code absent} when the page has no bridge
 */
public record BridgeStatus(String state, boolean firstPageviewSent, String distinctId,
        List<String> problems) {

    private static final Set<String> SETTLED =
            Set.of("linked", "posthog-only", "segment-only", "misconfigured");

    static BridgeStatus from(Object raw) {
        if (!(raw instanceof Map<?, ?> status)) {
            return new BridgeStatus("absent", false, null, List.of());
        }
        List<String> problems = status.get("problems") instanceof List<?> list
                ? list.stream().map(String::valueOf).toList() : List.of();
        return new BridgeStatus(String.valueOf(status.get("state")),
                Boolean.TRUE.equals(status.get("firstPageviewSent")),
                status.get("distinctId") == null ? null : status.get("distinctId").toString(),
                problems);
    }

    /** Whether the bridge has reached an outcome and stopped waiting for anything. */
    public boolean settled() {
        return SETTLED.contains(state);
    }
}
