package io.github.psbridge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.json.Json;

/** How the benchmark attributes trace events to a page's own code; no browser needed. */
class TraceTest {

    private static final String PAGE = "http://127.0.0.1:8080/compare/page.html";
    private static final String BRIDGE = "http://127.0.0.1:8080/js/posthog-segment-bridge.js";
    private static final String PAGE_REQUEST = "http://127.0.0.1:8080/segment-api/v1/p";
    private static final String HTML = "<!doctype html>\n<script>analytics.load('k');\n"
            + "</script>\n<script>\nposthog.init();\n</script>\n<script src=\"/js/"
            + "posthog-segment-bridge.js\"></script>\n";
    private static final OwnCode OWN = new OwnCode(PAGE, PageScript.parse(URI.create(PAGE),
            HTML).stream().filter(script -> !script.segmentSnippet()).toList());

    // As JSON decodes them: maps, one trace event each.
    private final List<Object> events = new ArrayList<>(List.of(
            threadName(1, "CrRendererMain"), threadName(2, "ThreadPoolForegroundWorker")));

    @Test
    void numbersInlineScriptsByTheLineTheirCodeStartsOn() {
        List<PageScript> scripts = PageScript.parse(URI.create(PAGE), HTML);

        assertThat(scripts).extracting(PageScript::firstLine).containsExactly(2, 4, 7);
        assertThat(scripts.get(2).src()).isEqualTo(BRIDGE);
    }

    @Test
    void countsTheScriptsEvaluationWithTheCompileInsideItOnce() {
        events.add(event("EvaluateScript", 1, 100, 4000, BRIDGE, 1));
        events.add(event("v8.compile", 1, 110, 50, BRIDGE, 1));

        MainThreadTime time = Trace.of(events, false).timeOf(OWN);

        assertThat(time.scriptMs()).isEqualTo(4.0);
        assertThat(time.callbacks()).isEmpty();
    }

    @Test
    void leavesOutCompilesOffTheMainThread() {
        events.add(event("EvaluateScript", 1, 100, 4000, BRIDGE, 1));
        events.add(event("v8.compile", 2, 0, 3000, BRIDGE, 1));

        assertThat(Trace.of(events, false).timeOf(OWN).scriptMs()).isEqualTo(4.0);
    }

    @Test
    void keepsLaterCallsIntoTheCodeApart() {
        events.add(event("EvaluateScript", 1, 100, 4000, BRIDGE, 1));
        events.add(event("FunctionCall", 1, 2000, 100, BRIDGE, 31));
        events.add(event("FunctionCall", 1, 9000, 250, BRIDGE, 31));

        MainThreadTime time = Trace.of(events, false).timeOf(OWN);

        assertThat(time.scriptMs()).isEqualTo(4.0);
        assertThat(time.callbacksMs()).isEqualTo(0.25);
    }

    @Test
    void attributesInlineCodeByItsLinesNotSegmentsSnippet() {
        events.add(event("EvaluateScript", 1, 100, 2000, PAGE, 2));
        events.add(event("EvaluateScript", 1, 3000, 150, PAGE, 4));

        assertThat(Trace.of(events, false).timeOf(OWN).scriptMs()).isEqualTo(0.15);
    }

    @Test
    void saysSoWhenChromiumLostTraceData() {
        events.add(event("EvaluateScript", 1, 100, 4000, BRIDGE, 1));

        assertThat(Trace.of(events, true).timeOf(OWN).problem()).contains("lost data");
    }

    @Test
    void readsEventsAsTheDevToolsMessageThatCarriesThemDecodes() {
        String message = new Json().toJson(Map.of("method", "Tracing.dataCollected",
                "params", Map.of("value", List.of(event("EvaluateScript", 1, 100, 4000,
                        BRIDGE, 1), event("FunctionCall", 1, 9000, 250, BRIDGE, 31)))));
        Map<String, Object> decoded = new Json().toType(message, Json.MAP_TYPE);

        events.addAll((List<?>) ((Map<?, ?>) decoded.get("params")).get("value"));
        MainThreadTime time = Trace.of(events, false).timeOf(OWN);

        assertThat(time.scriptMs()).isEqualTo(4.0);
        assertThat(time.callbacksMs()).isEqualTo(0.25);
    }

    @Test
    void timesEachMilestoneFromThePagesOwnRequest() {
        String settings = "http://127.0.0.1:8080/segment-cdn/v1/projects/k/settings";
        events.add(request("ResourceSendRequest", "1.0", 5_000, PAGE));
        events.add(request("ResourceSendRequest", "1.2", 65_000, settings));
        events.add(request("ResourceFinish", "1.2", 110_500, null));
        events.add(request("ResourceSendRequest", "1.3", 180_000, PAGE_REQUEST));
        events.add(request("ResourceSendRequest", "1.4", 240_000, PAGE_REQUEST));

        Timeline timeline = Trace.of(events, false).timeline(PAGE);

        assertThat(timeline.millis(Timeline.Milestone.SEGMENT_SETTINGS)).hasValue(105.5);
        assertThat(timeline.millis(Timeline.Milestone.SEGMENT_PAGE)).hasValue(175.0);
        assertThat(timeline.millis(Timeline.Milestone.POSTHOG_LIBRARY)).isEmpty();
    }

    @Test
    void leavesTheTimelineEmptyWithoutThePagesRequest() {
        events.add(request("ResourceSendRequest", "1.3", 180_000, PAGE_REQUEST));

        Timeline timeline = Trace.of(events, false).timeline(PAGE);

        assertThat(timeline.millis(Timeline.Milestone.SEGMENT_PAGE)).isEmpty();
    }

    private static Map<String, Object> threadName(int tid, String name) {
        return Map.of("name", "thread_name", "ph", "M", "pid", 7, "tid", tid,
                "args", Map.of("name", name));
    }

    // A send names its URL; a finish only the request's id.
    private static Map<String, Object> request(String name, String requestId, long startUs,
            String url) {
        Map<String, Object> data = url == null ? Map.of("requestId", requestId)
                : Map.of("requestId", requestId, "url", url);
        return Map.of("name", name, "ph", "I", "pid", 7, "tid", 1, "ts", startUs,
                "args", Map.of("data", data));
    }

    private static Map<String, Object> event(String name, int tid, long startUs, long wallUs,
            String url, int line) {
        return Map.of("name", name, "ph", "X", "pid", 7, "tid", tid, "ts", startUs,
                "dur", wallUs, "tdur", wallUs,
                "args", Map.of("data", Map.of("url", url, "lineNumber", line)));
    }
}
