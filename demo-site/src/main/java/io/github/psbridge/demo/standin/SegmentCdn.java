package io.github.psbridge.demo.standin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.psbridge.demo.http.ClasspathFiles;
import io.github.psbridge.demo.http.HttpProblem;
import io.github.psbridge.demo.http.Json;
import io.github.psbridge.demo.http.Responses;
import io.javalin.http.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Segment's CDN under {@code /segment-cdn}: the snippet's {@code analytics.min.js} (which is
 * analytics-next's {@code standalone.js}), the chunks it loads lazily from
 * {@code /analytics-next/bundles/}, and the project settings.
 *
 * <p>The settings point analytics.js's Segment.io destination at this server's tracking API
 * over plain http, and set the metrics sample rate to 0 so it sends no metrics beacon. An
 * unknown write key gets 404 for both the script and the settings, as on the real CDN; with
 * no settings analytics.js never becomes ready.
 */
public final class SegmentCdn {

    private static final Logger LOG = LoggerFactory.getLogger(SegmentCdn.class);

    private final String writeKey;
    private final ClasspathFiles library = new ClasspathFiles("vendor/analytics-next");

    public SegmentCdn(String writeKey) {
        this.writeKey = writeKey;
    }

    /** {@code GET /segment-cdn/analytics.js/v1/{writeKey}/analytics.min.js}. */
    public void script(Context ctx) {
        checkKey(ctx.pathParam("writeKey"));
        library.serve(ctx, "standalone.js");
    }

    /** {@code GET /segment-cdn/analytics-next/bundles/{file}}. */
    public void bundle(Context ctx) {
        library.serve(ctx, ctx.pathParam("file"));
    }

    /** {@code GET /segment-cdn/v1/projects/{writeKey}/settings}. */
    public void settings(Context ctx) {
        checkKey(ctx.pathParam("writeKey"));
        LOG.debug("settings for {} requested by {}", writeKey, ctx.host());
        Responses.json(ctx, settingsFor(ctx.scheme(), ctx.host()));
    }

    /**
     * The settings for a page served from {@code scheme://host}: events go back to the same
     * origin, so the browser needs no cross-origin requests.
     */
    ObjectNode settingsFor(String scheme, String host) {
        ObjectNode segmentIo = Json.object()
                .put("apiKey", writeKey)
                .put("apiHost", host + "/segment-api/v1")
                .put("protocol", scheme)
                .put("addBundledMetadata", true);
        segmentIo.putArray("unbundledIntegrations");
        segmentIo.putObject("maybeBundledConfigIds");
        ObjectNode settings = Json.object();
        settings.putObject("integrations").set("Segment.io", segmentIo);
        settings.putObject("plan").putObject("track").putObject("__default")
                .put("enabled", true).putObject("integrations");
        settings.putObject("metrics").put("sampleRate", 0);
        settings.put("analyticsNextEnabled", true);
        settings.putObject("middlewareSettings");
        settings.putObject("enabledMiddleware");
        settings.putArray("remotePlugins");
        settings.put("legacyVideoPluginsEnabled", false);
        return settings;
    }

    private void checkKey(String key) {
        if (!writeKey.equals(key)) {
            throw HttpProblem.notFound("no Segment source with write key \"" + key + "\"");
        }
    }
}
