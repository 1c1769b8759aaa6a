package io.github.psbridge.bridge.core;

/**
 * Everything the page said about the bridge, read but not yet checked. The browser layer
 * reads it from the page; {@link ConfigParser} decides what it means.
 */
public interface RawConfig {

    /**
     * A setting from {@code window.posthogSegmentBridgeConfig}, or, when the object lacks
     * the key, from the script tag's {@code data-*} attribute ({@code timeoutMs} from
     * {@code data-timeout-ms}).
     */
    RawValue setting(String key);

    /** A setting only the config object can give, such as {@code posthog}. */
    RawValue property(String key);

    /**
     * {@code groups}; from {@code data-groups} it is JSON, and its type is that of the parsed
     * value. Read before {@link #groupEntries()} and {@link #groupsJsonError()}.
     */
    RawValue groups();

    /**
     * The entries of {@code groups} when it is an object, each named by its group type;
     * empty otherwise.
     */
    RawValue[] groupEntries();

    /** Why {@code data-groups} is not JSON, in the browser's words, or null. */
    String groupsJsonError();
}
