package io.github.psbridge.e2e.support;

import io.github.psbridge.demo.EventRecorder;
import io.github.psbridge.demo.RecordedEvent;
import java.util.List;
import java.util.function.Predicate;

/** What the stand-ins received in this test, by kind of event and by who sent it. */
public final class Received {

    private final EventRecorder recorder;

    public Received(EventRecorder recorder) {
        this.recorder = recorder;
    }

    /** Segment messages of {@code type} ({@code page}, {@code track}, ...). */
    public List<RecordedEvent> segment(String type) {
        return filter(recorder.segment(), event -> event.type().equals(type));
    }

    /** Segment track messages named {@code event}. */
    public List<RecordedEvent> segmentTrack(String event) {
        return filter(segment("track"), track -> track.eventName().equals(event));
    }

    /** PostHog events named {@code event} that posthog-js sent to PostHog itself. */
    public List<RecordedEvent> direct(String event) {
        return filter(recorder.posthog(), e -> !e.relayed() && e.type().equals(event));
    }

    /** PostHog events named {@code event} that came through Segment's destination. */
    public List<RecordedEvent> relayed(String event) {
        return filter(recorder.posthog(), e -> e.relayed() && e.type().equals(event));
    }

    /** Every PostHog event posthog-js sent itself, whatever its name. */
    public List<RecordedEvent> allDirect() {
        return filter(recorder.posthog(), e -> !e.relayed());
    }

    private static List<RecordedEvent> filter(List<RecordedEvent> events,
            Predicate<RecordedEvent> keep) {
        return events.stream().filter(keep).toList();
    }
}
