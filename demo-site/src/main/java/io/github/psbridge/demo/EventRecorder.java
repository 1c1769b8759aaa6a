package io.github.psbridge.demo;

import java.util.ArrayDeque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the stand-ins received, newest last: Segment messages, PostHog events (posthog-js's
 * own and those relayed from Segment) and PostHog session recording snapshots.
 *
 * <p>Each stream keeps the latest {@value #DEFAULT_CAPACITY} events and counts how many older
 * ones it dropped. Thread-safe; the lists returned are snapshots.
 */
public final class EventRecorder {

    /** How many events each stream keeps by default. */
    public static final int DEFAULT_CAPACITY = 10_000;

    /** The recorded streams. */
    public enum Stream { SEGMENT, POSTHOG, RECORDINGS }

    private final int capacity;
    private final Map<Stream, ArrayDeque<RecordedEvent>> events = new EnumMap<>(Stream.class);
    private final Map<Stream, Long> dropped = new EnumMap<>(Stream.class);

    public EventRecorder() {
        this(DEFAULT_CAPACITY);
    }

    public EventRecorder(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity must be at least 1: got " + capacity);
        }
        this.capacity = capacity;
        for (Stream stream : Stream.values()) {
            events.put(stream, new ArrayDeque<>());
            dropped.put(stream, 0L);
        }
    }

    /** Segment messages accepted by the tracking API stand-in, oldest first. */
    public List<RecordedEvent> segment() {
        return list(Stream.SEGMENT);
    }

    /** PostHog events: captured by the stand-in and relayed from Segment, oldest first. */
    public List<RecordedEvent> posthog() {
        return list(Stream.POSTHOG);
    }

    /** Session recording snapshot events sent to {@code /ph/s/}, oldest first. */
    public List<RecordedEvent> recordings() {
        return list(Stream.RECORDINGS);
    }

    /** The events of {@code stream}, oldest first. */
    public synchronized List<RecordedEvent> list(Stream stream) {
        return List.copyOf(events.get(stream));
    }

    /** How many old events {@code stream} dropped to stay within its capacity. */
    public synchronized long dropped(Stream stream) {
        return dropped.get(stream);
    }

    /** Records {@code event} in {@code stream}, dropping the oldest when full. */
    public synchronized void add(Stream stream, RecordedEvent event) {
        ArrayDeque<RecordedEvent> queue = events.get(stream);
        queue.addLast(event);
        if (queue.size() > capacity) {
            queue.removeFirst();
            dropped.merge(stream, 1L, Long::sum);
        }
    }

    /** Forgets every event and resets the drop counts. */
    public synchronized void clear() {
        for (Stream stream : Stream.values()) {
            events.get(stream).clear();
            dropped.put(stream, 0L);
        }
    }

    /** The capacity of each stream. */
    public int capacity() {
        return capacity;
    }
}
