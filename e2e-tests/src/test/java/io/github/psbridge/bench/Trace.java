package io.github.psbridge.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The script events on renderer main threads in Chromium's trace of one load, and its
 * requests' sends and finishes. The benchmark starts tracing before it navigates (see
 * {@link BenchBrowser}) and gets the trace events in batches, the {@code value} of each
 * {@code Tracing.dataCollected} message.
 */
final class Trace {

    /** What is recorded: every event read here is in it, and little else is. */
    static final String CATEGORIES = "devtools.timeline";

    // Blink's main thread in a renderer; v8.parseOnBackground and the like run elsewhere.
    private static final String MAIN_THREAD = "CrRendererMain";
    private static final Set<String> SCRIPT_EVENTS =
            Set.of("EvaluateScript", "v8.compile", "FunctionCall");
    private static final String FUNCTION_CALL = "FunctionCall";

    private final List<TraceEvent> mainThread;
    private final List<Map<?, ?>> requests;
    private final boolean dataLost;

    private Trace(List<TraceEvent> mainThread, List<Map<?, ?>> requests, boolean dataLost) {
        this.mainThread = mainThread;
        this.requests = requests;
        this.dataLost = dataLost;
    }

    /**
     * Reads trace events as JSON decodes them, each a map.
     *
     * @param dataLost whether Chromium said it lost events ({@code dataLossOccurred} of
     *     {@code Tracing.tracingComplete}), as when its trace buffer filled up
     */
    static Trace of(List<?> events, boolean dataLost) {
        Map<String, String> threadNames = new HashMap<>();
        List<Map<?, ?>> complete = new ArrayList<>();
        List<Map<?, ?>> requests = new ArrayList<>();
        for (Object event : events) {
            collect(map(event), threadNames, complete, requests);
        }
        return new Trace(mainThreadEvents(complete, threadNames), List.copyOf(requests),
                dataLost);
    }

    /** The main-thread time of {@code code}, from the top-level events attributed to it. */
    MainThreadTime timeOf(OwnCode code) {
        List<TraceEvent> own = mainThread.stream().filter(code::covers).toList();
        List<TraceEvent> topLevel = own.stream()
                .filter(event -> own.stream().noneMatch(outer -> outer.contains(event)))
                .toList();
        return new MainThreadTime(
                topLevel.stream().filter(event -> !event.name().equals(FUNCTION_CALL)).toList(),
                topLevel.stream().filter(event -> event.name().equals(FUNCTION_CALL)).toList(),
                own.stream().anyMatch(TraceEvent::streamed), problem(own));
    }

    /** When the requests that set the load's pace went and came, after {@code pageUrl}'s. */
    Timeline timeline(String pageUrl) {
        return Timeline.of(requests, pageUrl);
    }

    private String problem(List<TraceEvent> own) {
        if (dataLost) {
            return "Chromium's trace lost data, as when its buffer fills: events may be missing";
        }
        return own.isEmpty() ? "no trace event of the page's own scripts" : null;
    }

    private static void collect(Map<?, ?> event, Map<String, String> threadNames,
            List<Map<?, ?>> complete, List<Map<?, ?>> requests) {
        Object name = event.get("name");
        if ("thread_name".equals(name)) {
            threadNames.put(thread(event), (String) map(event.get("args")).get("name"));
        } else if ("X".equals(event.get("ph")) && SCRIPT_EVENTS.contains(name)) {
            complete.add(event);
        } else if (Timeline.EVENT_NAMES.contains(name)) {
            requests.add(event);
        }
    }

    private static List<TraceEvent> mainThreadEvents(List<Map<?, ?>> complete,
            Map<String, String> threadNames) {
        return complete.stream()
                .map(event -> event(event, threadNames.getOrDefault(thread(event), "")))
                .filter(event -> event.threadName().equals(MAIN_THREAD))
                .sorted(Comparator.comparingLong(TraceEvent::startUs))
                .toList();
    }

    private static TraceEvent event(Map<?, ?> event, String threadName) {
        Map<?, ?> data = map(map(event.get("args")).get("data"));
        return new TraceEvent((String) event.get("name"), thread(event), threadName,
                number(event.get("ts")), number(event.get("dur")), number(event.get("tdur")),
                data.get("url") instanceof String url ? url : "",
                (int) number(data.get("lineNumber")), Boolean.TRUE.equals(data.get("streamed")));
    }

    private static String thread(Map<?, ?> event) {
        return number(event.get("pid")) + ":" + number(event.get("tid"));
    }

    private static long number(Object value) {
        return value instanceof Number number ? number.longValue() : 0;
    }

    private static Map<?, ?> map(Object value) {
        return value instanceof Map<?, ?> map ? map : Map.of();
    }
}
