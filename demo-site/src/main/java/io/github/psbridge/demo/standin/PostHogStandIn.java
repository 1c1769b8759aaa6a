package io.github.psbridge.demo.standin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.psbridge.demo.EventRecorder;
import io.github.psbridge.demo.RecordedEvent;
import io.github.psbridge.demo.http.Bodies;
import io.github.psbridge.demo.http.ClasspathFiles;
import io.github.psbridge.demo.http.HttpProblem;
import io.github.psbridge.demo.http.Json;
import io.github.psbridge.demo.http.Responses;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * PostHog under {@code /ph} (the {@code api_host} pages give posthog-js): its scripts, remote
 * config, feature flags, captures and session recordings.
 *
 * <p>posthog-js asks for {@code /array/<key>/config.js} (a script that fills
 * {@code window._POSTHOG_REMOTE_CONFIG}) and falls back to {@code /array/<key>/config}; the
 * config answers {@code supportedCompression: []} so bodies stay readable, turns session
 * recording, autocapture and surveys off, and names {@code /i/v0/e/} as the capture endpoint
 * like PostHog Cloud does. Flags come from {@code POST /flags/?v=2} in the v2 shape.
 */
public final class PostHogStandIn {

    private static final Logger LOG = LoggerFactory.getLogger(PostHogStandIn.class);

    /** Recordings can be big; captures are small but batched. */
    private static final int BODY_LIMIT = 20 * 1024 * 1024;

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,200}");

    private final EventRecorder recorder;
    private final ClasspathFiles library = new ClasspathFiles("vendor/posthog-js");

    public PostHogStandIn(EventRecorder recorder) {
        this.recorder = recorder;
    }

    /** {@code GET /ph/static/{file}} and {@code /ph/static/{version}/{file}}. */
    public void script(Context ctx) {
        library.serve(ctx, ctx.pathParam("file"));
    }

    /** {@code GET /ph/array/{key}/config}: the remote config as JSON. */
    public void configJson(Context ctx) {
        Responses.json(ctx, remoteConfig(token(ctx)));
    }

    /** {@code GET /ph/array/{key}/config.js}: the remote config as a script. */
    public void configScript(Context ctx) {
        String token = token(ctx);
        ObjectNode holder = Json.object();
        holder.set("config", remoteConfig(token));
        holder.putArray("siteApps");
        String script = "(function () {\n"
                + "  var all = window._POSTHOG_REMOTE_CONFIG =\n"
                + "      window._POSTHOG_REMOTE_CONFIG || {};\n"
                + "  all[" + Json.write(Json.MAPPER.getNodeFactory().textNode(token)) + "] = "
                + Json.write(holder) + ";\n"
                + "})();\n";
        ctx.contentType("text/javascript; charset=utf-8").result(script);
    }

    /** {@code POST /ph/flags/?v=2}: two demo flags, whoever asks. */
    public void flags(Context ctx) {
        JsonNode request = PostHogBodies.decode(Bodies.read(ctx, BODY_LIMIT),
                ctx.queryParam("compression"));
        LOG.debug("flags for {}", request.path("distinct_id").asText());
        ObjectNode flags = Json.object();
        flags.set("demo-new-checkout", flag("demo-new-checkout", 1, null));
        flags.set("demo-banner-copy", flag("demo-banner-copy", 2, "friendly"));
        ObjectNode response = Json.object();
        response.set("flags", flags);
        response.put("errorsWhileComputingFlags", false);
        response.putArray("quotaLimited");
        response.put("requestId", UUID.randomUUID().toString());
        Responses.json(ctx, response);
    }

    /** Captures: {@code /ph/e/}, {@code /ph/i/v0/e/}, {@code /ph/batch/}, {@code /ph/capture/}. */
    public void capture(Context ctx) {
        receive(ctx, EventRecorder.Stream.POSTHOG);
    }

    /** Session recording snapshots: {@code /ph/s/}. */
    public void recording(Context ctx) {
        receive(ctx, EventRecorder.Stream.RECORDINGS);
    }

    private void receive(Context ctx, EventRecorder.Stream stream) {
        List<JsonNode> events = PostHogBodies.events(Bodies.read(ctx, BODY_LIMIT),
                ctx.queryParam("compression"));
        Instant now = Instant.now();
        for (JsonNode event : events) {
            recorder.add(stream, new RecordedEvent(now, ctx.method().name(), ctx.path(),
                    ctx.userAgent(), event, RecordedEvent.Source.POSTHOG));
        }
        LOG.debug("{} PostHog events recorded from {}", events.size(), ctx.path());
        Responses.json(ctx, Json.object().put("status", "Ok"));
    }

    private static String token(Context ctx) {
        String token = ctx.pathParam("key");
        if (!TOKEN.matcher(token).matches()) {
            throw HttpProblem.notFound("no PostHog project with key \"" + token + "\"");
        }
        return token;
    }

    static ObjectNode remoteConfig(String token) {
        ObjectNode config = Json.object()
                .put("token", token)
                .put("hasFeatureFlags", true)
                .put("autocapture_opt_out", true)
                .put("autocaptureExceptions", false)
                .put("capturePerformance", false)
                .put("captureDeadClicks", false)
                .put("heatmaps", false)
                .put("surveys", false)
                .put("sessionRecording", false)
                .put("elementsChainAsString", true)
                .put("defaultIdentifiedOnly", true);
        config.putArray("supportedCompression");
        config.putObject("analytics").put("endpoint", "/i/v0/e/");
        config.putArray("siteApps");
        return config;
    }

    private static ObjectNode flag(String key, int id, String variant) {
        ObjectNode flag = Json.object().put("key", key).put("enabled", true);
        flag.put("variant", variant);
        flag.putObject("reason").put("code", "condition_match")
                .put("condition_index", 0).put("description", "Matched condition set 1");
        flag.putObject("metadata").put("id", id).put("version", 1).putNull("payload");
        return flag;
    }
}
