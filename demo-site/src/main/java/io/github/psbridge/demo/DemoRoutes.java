package io.github.psbridge.demo;

import io.github.psbridge.demo.http.ClasspathFiles;
import io.github.psbridge.demo.http.FaultGate;
import io.github.psbridge.demo.http.HttpProblem;
import io.github.psbridge.demo.pages.DemoControl;
import io.github.psbridge.demo.pages.Pages;
import io.github.psbridge.demo.standin.PostHogStandIn;
import io.github.psbridge.demo.standin.SegmentApi;
import io.github.psbridge.demo.standin.SegmentCdn;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HandlerType;
import java.time.Instant;

/** The URL layout of the demo server: which handler answers which path, under which fault. */
final class DemoRoutes {

    private static final String[] CROSS_ORIGIN = {"/ph/*", "/segment-api/*", "/segment-cdn/*"};

    private final DemoServer server;
    private final FaultGate gate;
    private Javalin app;

    DemoRoutes(DemoServer server) {
        this.server = server;
        this.gate = server.gate();
    }

    void addTo(Javalin javalin) {
        app = javalin;
        crossOrigin();
        bridge();
        segment();
        posthog();
        pages();
        control();
    }

    private void bridge() {
        ClasspathFiles dist = new ClasspathFiles("META-INF/resources/posthog-segment-bridge");
        on(HandlerType.GET, "/js/<file>", Route.BRIDGE_SCRIPT,
                ctx -> dist.serve(ctx, ctx.pathParam("file")));
    }

    private void segment() {
        SegmentCdn cdn = server.segmentCdn();
        SegmentApi api = server.segmentApi();
        on(HandlerType.GET, "/segment-cdn/analytics.js/v1/{writeKey}/analytics.min.js",
                Route.SEGMENT_SCRIPT, cdn::script);
        on(HandlerType.GET, "/segment-cdn/analytics-next/bundles/{file}",
                Route.SEGMENT_SCRIPT, cdn::bundle);
        on(HandlerType.GET, "/segment-cdn/v1/projects/{writeKey}/settings",
                Route.SEGMENT_SETTINGS, cdn::settings);
        on(HandlerType.POST, "/segment-api/v1/{endpoint}", Route.SEGMENT_API, api::receive);
    }

    private void posthog() {
        PostHogStandIn posthog = server.posthog();
        on(HandlerType.GET, "/ph/static/{file}", Route.POSTHOG_SCRIPT, posthog::script);
        on(HandlerType.GET, "/ph/static/{version}/{file}", Route.POSTHOG_SCRIPT,
                posthog::script);
        on(HandlerType.GET, "/ph/array/{key}/config.js", Route.POSTHOG_CONFIG,
                posthog::configScript);
        on(HandlerType.GET, "/ph/array/{key}/config", Route.POSTHOG_CONFIG,
                posthog::configJson);
        on(HandlerType.POST, "/ph/flags", Route.POSTHOG_FLAGS, posthog::flags);
        for (String capture : new String[] {"/ph/e", "/ph/i/v0/e", "/ph/batch", "/ph/capture"}) {
            on(HandlerType.POST, capture, Route.POSTHOG_CAPTURE, posthog::capture);
        }
        on(HandlerType.POST, "/ph/s", Route.POSTHOG_RECORDINGS, posthog::recording);
    }

    private void pages() {
        Pages pages = server.pages();
        ClasspathFiles demo = new ClasspathFiles("demo-pages");
        ClasspathFiles compare = new ClasspathFiles("demo-pages/compare");
        ClasspathFiles assets = new ClasspathFiles("demo-assets");
        String testFolder = server.options().testPagesFolder();
        ClasspathFiles tests = testFolder == null ? null : new ClasspathFiles(testFolder);
        on(HandlerType.GET, "/", null, ctx -> pages.serve(ctx, demo, "index.html"));
        on(HandlerType.GET, "/{page}", null, ctx -> pages.serve(ctx, demo, ctx.pathParam("page")));
        on(HandlerType.GET, "/spa/{view}", null, ctx -> pages.serve(ctx, demo, "spa.html"));
        on(HandlerType.GET, "/compare/{page}", null,
                ctx -> pages.serve(ctx, compare, ctx.pathParam("page")));
        on(HandlerType.GET, "/test/{page}", null, ctx -> {
            if (tests == null) {
                throw HttpProblem.notFound("this server has no test pages folder");
            }
            pages.serve(ctx, tests, ctx.pathParam("page"));
        });
        on(HandlerType.GET, "/assets/{file}", null,
                ctx -> assets.serve(ctx, ctx.pathParam("file")));
    }

    // Never faulted: tests must always be able to read and reset what was recorded.
    private void control() {
        DemoControl control = server.control();
        app.get("/_demo/events", control::events);
        app.delete("/_demo/events", control::clear);
        app.post("/_demo/server-event", control::serverEvent);
    }

    // Everything is on one origin, but a page served as localhost may talk to 127.0.0.1,
    // and real PostHog and Segment answer CORS, so the stand-ins do too.
    private void crossOrigin() {
        for (String path : CROSS_ORIGIN) {
            app.before(path, DemoRoutes::allowOrigin);
            app.options(path, DemoRoutes::preflight);
        }
    }

    private static void allowOrigin(Context ctx) {
        String origin = ctx.header("Origin");
        ctx.header("Vary", "Origin");
        if (origin == null) {
            ctx.header("Access-Control-Allow-Origin", "*");
            return;
        }
        ctx.header("Access-Control-Allow-Origin", origin);
        ctx.header("Access-Control-Allow-Credentials", "true");
    }

    private static void preflight(Context ctx) {
        String headers = ctx.header("Access-Control-Request-Headers");
        ctx.header("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
        ctx.header("Access-Control-Allow-Headers", headers == null ? "Content-Type" : headers);
        ctx.header("Access-Control-Max-Age", "600");
        ctx.status(204);
    }

    private void on(HandlerType method, String path, Route route, Handler handler) {
        Handler guarded = gate.guard(route, handler);
        RequestLog requests = server.requests();
        app.addHttpHandler(method, path, ctx -> {
            requests.add(new RequestLog.Entry(Instant.now(), ctx.method().name(), ctx.path(),
                    route));
            guarded.handle(ctx);
        });
    }
}
