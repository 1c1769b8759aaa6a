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
    private static final String HTML = "<!doctype html>\n<script>analytics.load('k');\n"
            + "</script>\n<script>\nposthog.init();\n</script>\n<script src=\"/js/"
            + "posthog-segment-bridge.js\"></script>\n";
    private static final OwnCode OWN = new OwnCode(PAGE, PageScript.parse(URI.create(PAGE),
            HTML).stream().filter(script -> !script.segmentSnippet()).toList());

    private final List<String> log = new ArrayList<>(List.of(
            threadName(1, "CrRendererMain"), threadName(2, "ThreadPoolForegroundWorker")));

    @Test
    void numbersInlineScriptsByTheLineTheirCodeStartsOn() {
        List<PageScript> scripts = PageScript.parse(URI.create(PAGE), HTML);

        assertThat(scripts).extracting(PageScript::firstLine).containsExactly(2, 4, 7);
        assertThat(scripts.get(2).src()).isEqualTo(BRIDGE);
    }

    @Test
    void countsTheScriptsEvaluationWithTheCompileInsideItOnce() {
        log.add(event("EvaluateScript", 1, 100, 4000, BRIDGE, 1));
        log.add(event("v8.compile", 1, 110, 50, BRIDGE, 1));

        MainThreadTime time = Trace.parse(log).timeOf(OWN);

        assertThat(time.scriptMs()).isEqualTo(4.0);
        assertThat(time.callbacks()).isEmpty();
    }

    @Test
    void leavesOutCompilesOffTheMainThread() {
        log.add(event("EvaluateScript", 1, 100, 4000, BRIDGE, 1));
        log.add(event("v8.compile", 2, 0, 3000, BRIDGE, 1));

        assertThat(Trace.parse(log).timeOf(OWN).scriptMs()).isEqualTo(4.0);
    }

    @Test
    void keepsLaterCallsIntoTheCodeApart() {
        log.add(event("EvaluateScript", 1, 100, 4000, BRIDGE, 1));
        log.add(event("FunctionCall", 1, 2000, 100, BRIDGE, 31));
        log.add(event("FunctionCall", 1, 9000, 250, BRIDGE, 31));

        MainThreadTime time = Trace.parse(log).timeOf(OWN);

        assertThat(time.scriptMs()).isEqualTo(4.0);
        assertThat(time.callbacksMs()).isEqualTo(0.25);
    }

    @Test
    void attributesInlineCodeByItsLinesNotSegmentsSnippet() {
        log.add(event("EvaluateScript", 1, 100, 2000, PAGE, 2));
        log.add(event("EvaluateScript", 1, 3000, 150, PAGE, 4));

        assertThat(Trace.parse(log).timeOf(OWN).scriptMs()).isEqualTo(0.15);
    }

    @Test
    void saysSoWhenTheTraceBufferFilled() {
        log.add(event("EvaluateScript", 1, 100, 4000, BRIDGE, 1));
        log.add(message("Tracing.bufferUsage", Map.of("error", "buffer filled")));

        assertThat(Trace.parse(log).timeOf(OWN).problem()).contains("buffer filled");
    }

    private static String threadName(int tid, String name) {
        return message("Tracing.dataCollected", Map.of("name", "thread_name", "ph", "M",
                "pid", 7, "tid", tid, "args", Map.of("name", name)));
    }

    private static String event(String name, int tid, long startUs, long wallUs, String url,
            int line) {
        return message("Tracing.dataCollected", Map.of("name", name, "ph", "X", "pid", 7,
                "tid", tid, "ts", startUs, "dur", wallUs, "tdur", wallUs,
                "args", Map.of("data", Map.of("url", url, "lineNumber", line))));
    }

    private static String message(String method, Map<String, Object> params) {
        return new Json().toJson(Map.of("message", Map.of("method", method, "params", params),
                "webview", "A1"));
    }
}
