package io.github.psbridge.bench;

import java.util.List;

/**
 * How the benchmark measures, as the report explains it; {@code {rtt}}, {@code {gzip}},
 * {@code {devtools}} and {@code {start}} are filled in.
 */
final class Method {

    static final List<String> POINTS = List.of(
            "Pages: the demo site's comparison pages, `/compare/bridge.html`,"
                    + " `/compare/documented-snippet.html` and `/compare/snippet-loaded.html`,"
                    + " served by an in-process demo server. They share one skeleton, the"
                    + " stylesheet and Segment's snippet (`analytics.load`, no `page()`), then"
                    + " the variant's code, and no other script. The real posthog-js and"
                    + " analytics-next come from the demo site's jar; Segment's CDN, settings"
                    + " and API and PostHog are the demo site's local stand-ins.",
            "Each load gets a new headless Chromium (`--headless=new`) with a new, empty"
                    + " profile: a first visit, nothing cached, no stored ids. Its user agent"
                    + " and client hints say Chrome, not HeadlessChrome, since posthog-js drops"
                    + " captures from headless browsers. Variants run interleaved, in an order"
                    + " that rotates each round; one warm-up load per variant runs first and"
                    + " is discarded.",
            "The page is opened {start}. A new Chromium keeps working for a few hundred"
                    + " milliseconds after it has shown its first, blank page: its first"
                    + " renderer alone used about 450 ms of CPU time here. A page loaded"
                    + " meanwhile shares the machine's cores with that start-up, which no"
                    + " visitor's long-running browser makes it do. So, before tracing starts,"
                    + " the benchmark asks the browser every 100 ms for its processes' CPU time"
                    + " (`SystemInfo.getProcessInfo`) and navigates once they used at most"
                    + " 10 ms, one tick of that count, in 300 ms; a load whose browser is not"
                    + " idle within 10 s says so in its note. Until 2026-12-04 the page was"
                    + " opened at once, as `--cold-browser` still does: each load then took"
                    + " 60–80 ms longer, and the bridge's script about twice its wall time.",
            "The browser is driven directly over the DevTools protocol, without ChromeDriver,"
                    + " and no domain is enabled beyond what is named here: the benchmark sets"
                    + " the user agent (`Emulation.setUserAgentOverride`), traces"
                    + " (`Tracing.start`, `Tracing.end`), navigates (`Page.navigate`) and reads"
                    + " the page's values with `Runtime.evaluate`, which needs no"
                    + " `Runtime.enable`. This run: {devtools}. Why: ChromeDriver always enables"
                    + " `Runtime`, which cost the bridge's script about 1 ms more main-thread"
                    + " CPU time per load (2.4–2.7 ms instead of 1.3–1.6 ms, measured by hand),"
                    + " mostly because DevTools then captures a JavaScript stack trace for each"
                    + " request a script starts, and the bridge starts one, posthog-js's script"
                    + " tag. A visitor's browser has no DevTools attached. `--devtools-runtime`"
                    + " sends `Runtime.enable` before navigating, to reproduce what a"
                    + " WebDriver-driven browser costs.",
            "Every request to the server (pages, scripts, settings, API calls) is answered"
                    + " {rtt} ms late (`faults().delayAll`), a simulated round trip; the"
                    + " loopback adds well under a millisecond. Files over 1,500 bytes go out"
                    + " gzipped, each compressed once and kept, as a CDN serves them: until"
                    + " 2026-12-04 the server compressed each on every request, about 11 ms"
                    + " of CPU for posthog-js on the same 2 cores the page runs on.",
            "First pageview: when the Segment stand-in recorded the load's first `page`"
                    + " message, minus the page's `performance.timeOrigin` (both on this"
                    + " machine's clock). The stand-in records a message after the simulated"
                    + " delay, so every time includes the pageview request's own {rtt} ms,"
                    + " in every variant alike.",
            "Enriched: that message carries PostHog's `$session_id`, and its `anonymousId`"
                    + " equals `posthog.get_distinct_id()` read from the page once the load"
                    + " settled. When it is not enriched, the load's time to the first enriched"
                    + " pageview is undefined: it is counted as such and left out of the"
                    + " median, never replaced by a later event.",
            "Settled: the pageview recorded, posthog-js loaded (`posthog.__loaded`), and no"
                    + " request for the longer of 500 ms and three round trips, polled every"
                    + " 10 ms. Flags requests (`POST /ph/flags`) and all requests, the page"
                    + " included, are counted then.",
            "Main-thread time, from Chromium's own trace, in every load: tracing (category"
                    + " `devtools.timeline`, events reported as `Tracing.dataCollected`) starts"
                    + " before the page is navigated to, so the whole navigation is in the"
                    + " trace, and ends once the load settled. Counted are complete events on"
                    + " the page renderer's main thread (`CrRendererMain`) that Chromium"
                    + " attributes, by their `args.data.url`, to the variant's own code: for"
                    + " the bridge, its real `<script src>` tag on `/compare/bridge.html`; for"
                    + " the snippets, PostHog's loader stub and the `analytics.ready` block,"
                    + " which the trace names by the page's URL and the line they start on. The"
                    + " script's time is its `EvaluateScript` (the main-thread part of its"
                    + " compile, its top-level code with the bridge's start call, and the lazy"
                    + " compiles they trigger) plus any"
                    + " `v8.compile` of it outside that; the parse and compile Chromium streams"
                    + " off the main thread while the file downloads (`v8.parseOnBackground`,"
                    + " on a worker thread) is not counted. Callbacks are the later"
                    + " `FunctionCall`s into that code (its timers and event handlers, such as"
                    + " the onload of posthog-js's tag), each with all it calls in posthog-js"
                    + " and Segment, so they are reported apart. Only top-level events count:"
                    + " one inside another counted event is part of it, never added twice. This"
                    + " is how Lighthouse's JavaScript execution time (bootup-time) charges"
                    + " main-thread work to a script.",
            "Where the time goes: from the same trace, the renderer's"
                    + " `ResourceSendRequest` and `ResourceFinish` events for the page itself,"
                    + " Segment's `analytics.min.js` and settings, posthog-js's `array.js` and"
                    + " Segment's page request (`/segment-api/v1/p`), the first of each, on the"
                    + " trace's clock. Zero is when the page's own request went out, a little"
                    + " after navigation start, so these times run somewhat below the first"
                    + " pageview's.",
            "Limits of that figure: times are wall-clock (`dur`), as in Lighthouse, so a busy"
                    + " machine, where the thread waits for a CPU inside an event, inflates them;"
                    + " the thread's CPU time (`tdur`) is given beside them. Code that Segment or"
                    + " posthog-js call back from inside their own events (the `analytics.ready`"
                    + " callbacks, PostHog's `loaded`) or from promise jobs is charged to them"
                    + " or to no script, in every variant alike: the bridge's `posthog.init`"
                    + " counts as its callback only in a load where posthog-js arrived after"
                    + " Segment was ready. Timers that fire after the load settled are not in"
                    + " the trace. Tracing costs every variant a little time. Each load is a"
                    + " cold first visit, so no code cache helps.",
            "Sizes: the bridge file as the demo server serves it (from the bridge jar), and"
                    + " the inline scripts of `/compare/documented-snippet.html` other than"
                    + " Segment's, gzipped with {gzip}.",
            "Composition: the readable build (`posthog-segment-bridge.debug.js`) names each"
                    + " declaration after its Java class; its lines are grouped by that prefix"
                    + " (`igpb…` ours, `jl_`/`ju_`/… and `otc…` the class library,"
                    + " `$rt_…` and the other `ot…` the runtime, `$rt_stringPool` the string"
                    + " constants),"
                    + " each group gzipped alone, and the shares applied to the minified"
                    + " file's gzip size. The readable build is optimised less than the"
                    + " minified one and is not shrunk by terser, so the split is an"
                    + " estimate. A cross-check, measured once by hand with TeaVM 0.16.0 and"
                    + " terser 5.51.4 on 2026-12-04: an empty exported function compiled and"
                    + " shrunk with the bridge's settings (minified, ADVANCED, no module,"
                    + " the same terser options) is 7,221 bytes, 3,109 gzipped, the floor any"
                    + " such build pays before its own code and the class library it uses.");

    private Method() {
    }
}
