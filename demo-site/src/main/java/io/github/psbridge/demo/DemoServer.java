package io.github.psbridge.demo;

import io.github.psbridge.demo.http.FaultGate;
import io.github.psbridge.demo.http.Responses;
import io.github.psbridge.demo.pages.DemoControl;
import io.github.psbridge.demo.pages.Pages;
import io.github.psbridge.demo.standin.PostHogStandIn;
import io.github.psbridge.demo.standin.SegmentApi;
import io.github.psbridge.demo.standin.SegmentCdn;
import io.javalin.Javalin;
import java.net.URI;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/**
 * The demo web server: the demo pages, the bridge, and offline stand-ins for Segment's CDN,
 * Segment's tracking API and PostHog, on one origin.
 *
 * <pre>{@code
 * try (DemoServer server = DemoServer.start(DemoOptions.builder().port(0).build())) {
 *     driver.get(server.baseUrl() + "/");
 *     // ... then look at server.recorder().segment() and .posthog()
 * }
 * }</pre>
 *
 * <p>URL layout: pages at {@code /}, {@code /<name>.html}, {@code /compare/<name>.html} and
 * {@code /test/<name>.html}; the bridge at {@code /js/}; Segment's CDN at
 * {@code /segment-cdn}, its tracking API at {@code /segment-api/v1}; PostHog at {@code /ph};
 * the control API at {@code /_demo/}.
 */
public final class DemoServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DemoServer.class);

    private final DemoOptions options;
    private final EventRecorder recorder = new EventRecorder();
    private final Faults faults = new Faults();
    private final RequestLog requests = new RequestLog();
    private final FaultGate gate = new FaultGate(faults);
    private final Pages pages;
    private final Javalin app;
    private volatile boolean legacyPostHogBuild;

    private DemoServer(DemoOptions options) {
        this.options = options;
        this.pages = new Pages(options, () -> legacyPostHogBuild);
        faults.attach(gate::releaseHeld, gate::heldCount);
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.router.ignoreTrailingSlashes = true;
            // Files come compressed once by ClasspathFiles; the rest is small.
            config.http.disableCompression();
            config.requestLogger.http((ctx, ms) -> LOG.debug("{} {} -> {} in {} ms",
                    ctx.method(), ctx.fullUrl(), ctx.status(), ms));
        });
        app.exception(Exception.class, (e, ctx) -> Responses.failure(ctx, e));
        new DemoRoutes(this).addTo(app);
    }

    /** Starts a server; port 0 picks a free port (see {@link #port()}). */
    public static DemoServer start(DemoOptions options) {
        DemoServer server = new DemoServer(options);
        server.app.start(options.host(), options.port());
        LOG.info("demo site at {}/ ({} Segment, {} PostHog)", server.baseUrl(),
                options.realSegment() ? "real" : "stand-in",
                options.realPostHog() ? "real" : "stand-in");
        return server;
    }

    /** Runs the server from the command line; see {@code --help}. */
    public static void main(String[] args) {
        int code = new CommandLine(new DemoCommand()).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** The port the server listens on. */
    public int port() {
        return app.port();
    }

    /** The server's origin, e.g. {@code http://127.0.0.1:8080}, without a trailing slash. */
    public String baseUrl() {
        String host = options.host();
        if ("0.0.0.0".equals(host) || "::".equals(host)) {
            host = "127.0.0.1";
        } else if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + port();
    }

    /** What the stand-ins received. */
    public EventRecorder recorder() {
        return recorder;
    }

    /** The requests answered so far, with the route each belonged to. */
    public RequestLog requests() {
        return requests;
    }

    /** Faults to inject per route. */
    public Faults faults() {
        return faults;
    }

    public DemoOptions options() {
        return options;
    }

    /**
     * Makes {@code ${posthogScriptUrl}} point at posthog-js's ES5 build
     * ({@code array.full.es5.js}), which HtmlUnit can run, instead of {@code array.js}.
     */
    public void useLegacyPostHogBuild(boolean legacy) {
        legacyPostHogBuild = legacy;
    }

    /** Stops the server; requests held by a drop fault are cut off first. */
    public void stop() {
        gate.releaseHeld();
        app.stop();
        LOG.debug("demo server on port {} stopped", port());
    }

    @Override
    public void close() {
        stop();
    }

    FaultGate gate() {
        return gate;
    }

    Pages pages() {
        return pages;
    }

    SegmentCdn segmentCdn() {
        return new SegmentCdn(options.effectiveWriteKey());
    }

    SegmentApi segmentApi() {
        return new SegmentApi(options.effectiveWriteKey(), options.effectivePostHogKey(),
                recorder);
    }

    PostHogStandIn posthog() {
        return new PostHogStandIn(recorder);
    }

    DemoControl control() {
        return new DemoControl(recorder, options.effectiveWriteKey(), this::trackApi);
    }

    // A backend sends server-side events to the real API when Segment is real.
    private URI trackApi() {
        return URI.create(options.realSegment() ? "https://api.segment.io/v1/track"
                : baseUrl() + "/segment-api/v1/track");
    }
}
