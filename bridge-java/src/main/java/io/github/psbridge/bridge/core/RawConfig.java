package io.github.psbridge.bridge.core;

import java.util.List;

/**
 * Everything the page said about the bridge, read but not yet checked. The browser layer
 * fills it; {@link ConfigParser} decides what it means.
 *
 * @param groupsError why {@code data-groups} could not be read as JSON, or null
 */
public record RawConfig(
        RawValue apiKey,
        RawValue apiHost,
        RawValue uiHost,
        RawValue scriptUrl,
        RawValue posthog,
        RawValue timeoutMs,
        RawValue groups,
        List<GroupEntry> groupEntries,
        String groupsError,
        RawValue spaPageviews,
        RawValue debug) {
}
