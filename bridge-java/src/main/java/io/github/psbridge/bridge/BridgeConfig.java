package io.github.psbridge.bridge;

/**
 * The bridge's settings once checked. Built by
 * {@link io.github.psbridge.bridge.core.ConfigParser} from
 * {@code window.posthogSegmentBridgeConfig} and the script tag's {@code data-*} attributes;
 * the config object wins key by key. Groups are checked too, but stay in the page as the
 * JavaScript object that becomes {@code $groups}.
 *
 * <pre>{@code
 * <script src="/js/posthog-segment-bridge.js"
 *         data-api-key="phc_..."
 *         data-api-host="https://eu.i.posthog.com"></script>
 * }</pre>
 *
 * @param apiKey     PostHog project API key, always {@code phc_...}
 * @param apiHost    where PostHog events go, without a trailing slash
 * @param uiHost     PostHog's app URL for toolbar links, or null
 * @param scriptUrl  where posthog-js is loaded from
 * @param timeoutMs  how long to wait for Segment, and then for PostHog, before falling back
 * @param spaPageviews whether a history API path change sends a pageview
 * @param debug      whether each step is traced to the console
 */
public record BridgeConfig(
        String apiKey,
        String apiHost,
        String uiHost,
        String scriptUrl,
        int timeoutMs,
        boolean spaPageviews,
        boolean debug) {

    public static final String DEFAULT_API_HOST = "https://us.i.posthog.com";

    public static final int DEFAULT_TIMEOUT_MS = 5000;
}
