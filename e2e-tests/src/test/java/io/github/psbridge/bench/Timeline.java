package io.github.psbridge.bench;

import java.net.URI;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * When the requests that set a load's pace went out or came back, as Chromium's trace of it
 * saw them in the renderer, in ms after the page's own request went out. It shows where the
 * time to the first pageview goes: waiting for Segment, for posthog-js, or after both.
 */
final class Timeline {

    /** One request's send or finish, by the path of the demo site's stand-in it goes to. */
    enum Milestone {
        SEGMENT_REQUESTED("Segment's analytics.min.js asked for", Step.SENT,
                path -> path.endsWith("/analytics.min.js")),
        SEGMENT_LIBRARY("Segment's analytics.min.js in", Step.FINISHED,
                path -> path.endsWith("/analytics.min.js")),
        SEGMENT_SETTINGS("Segment's settings in", Step.FINISHED,
                path -> path.startsWith("/segment-cdn/v1/projects/")),
        POSTHOG_REQUESTED("posthog-js asked for", Step.SENT,
                path -> path.endsWith("/static/array.js")),
        POSTHOG_LIBRARY("posthog-js in", Step.FINISHED,
                path -> path.endsWith("/static/array.js")),
        SEGMENT_PAGE("Segment's page request out", Step.SENT,
                path -> path.equals("/segment-api/v1/p"));

        private final String label;
        private final Step step;
        private final Predicate<String> path;

        Milestone(String label, Step step, Predicate<String> path) {
            this.label = label;
            this.step = step;
            this.path = path;
        }

        String label() {
            return label;
        }
    }

    // Chromium's names for the two moments of a request.
    private enum Step {
        SENT("ResourceSendRequest"),
        FINISHED("ResourceFinish");

        private final String eventName;

        Step(String eventName) {
            this.eventName = eventName;
        }
    }

    /** The trace events a timeline is read from, by name. */
    static final List<String> EVENT_NAMES =
            List.of(Step.SENT.eventName, Step.FINISHED.eventName);

    private final Map<Milestone, Double> millis;

    private Timeline(Map<Milestone, Double> millis) {
        this.millis = Collections.unmodifiableMap(millis);
    }

    /**
     * Reads the first send or finish of each milestone's request from {@code events}, trace
     * events as JSON decodes them, in the order the trace gave them.
     *
     * @param pageUrl the page's own URL: its request is the timeline's zero
     */
    static Timeline of(List<Map<?, ?>> events, String pageUrl) {
        Map<String, String> pathOfRequest = new HashMap<>();
        Map<Step, Map<String, Long>> firstMicros = new EnumMap<>(Step.class);
        Long zero = null;
        for (Map<?, ?> event : sortedByTime(events)) {
            Map<?, ?> data = data(event);
            String requestId = String.valueOf(data.get("requestId"));
            Step step = step(event);
            if (step == Step.SENT && data.get("url") instanceof String url) {
                pathOfRequest.put(requestId, URI.create(url).getPath());
                if (zero == null && url.equals(pageUrl)) {
                    zero = micros(event);
                }
            }
            String path = pathOfRequest.get(requestId);
            if (step != null && path != null) {
                firstMicros.computeIfAbsent(step, ignored -> new HashMap<>())
                        .putIfAbsent(path, micros(event));
            }
        }
        return new Timeline(zero == null ? Map.of() : millis(firstMicros, zero));
    }

    /** The milestone's time, if the load reached it and its page request was traced. */
    Optional<Double> millis(Milestone milestone) {
        return Optional.ofNullable(millis.get(milestone));
    }

    private static Map<Milestone, Double> millis(Map<Step, Map<String, Long>> firstMicros,
            long zero) {
        Map<Milestone, Double> millis = new EnumMap<>(Milestone.class);
        for (Milestone milestone : Milestone.values()) {
            firstMicros.getOrDefault(milestone.step, Map.of()).entrySet().stream()
                    .filter(entry -> milestone.path.test(entry.getKey()))
                    .mapToLong(Map.Entry::getValue)
                    .min()
                    .ifPresent(micros -> millis.put(milestone, (micros - zero) / 1000.0));
        }
        return millis;
    }

    private static List<Map<?, ?>> sortedByTime(List<Map<?, ?>> events) {
        return events.stream()
                .sorted((a, b) -> Long.compare(micros(a), micros(b)))
                .toList();
    }

    private static Step step(Map<?, ?> event) {
        for (Step step : Step.values()) {
            if (step.eventName.equals(event.get("name"))) {
                return step;
            }
        }
        return null;
    }

    private static long micros(Map<?, ?> event) {
        return event.get("ts") instanceof Number ts ? ts.longValue() : 0;
    }

    private static Map<?, ?> data(Map<?, ?> event) {
        return event.get("args") instanceof Map<?, ?> args
                && args.get("data") instanceof Map<?, ?> data ? data : Map.of();
    }
}
