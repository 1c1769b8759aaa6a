package io.github.psbridge.bridge.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Writes down what {@link Flow} asks for, one line per effect, in order. Traces go to a
 * list of their own so that the effects read plainly.
 */
final class RecordingEffects implements Effects {
    final List<String> effects = new ArrayList<>();
    final List<String> traces = new ArrayList<>();
    /** What the bridge would show in {@code status().problems}. */
    final List<String> kept = new ArrayList<>();
    String initFailure;

    @Override
    public String initPostHog(boolean linked) {
        effects.add(linked ? "init with segment" : "init alone");
        return initFailure;
    }

    @Override
    public void sendSegmentPageview() {
        effects.add("analytics.page");
    }

    @Override
    public void capturePostHogPageview() {
        effects.add("posthog.capture $pageview");
    }

    @Override
    public void scheduleSegmentTimeout(int ms) {
        effects.add("segment timeout in " + ms);
    }

    @Override
    public void schedulePostHogTimeout(int ms) {
        effects.add("posthog timeout in " + ms);
    }

    @Override
    public void problem(boolean isError, String message) {
        effects.add((isError ? "error: " : "warn: ") + message);
        kept.add(message);
    }

    @Override
    public void error(String message) {
        effects.add("error: " + message);
    }

    @Override
    public void trace(String message) {
        traces.add(message);
    }

    @Override
    public void settled(int outcome) {
        effects.add("settled " + State.label(outcome));
    }

    /** The effects with warnings and errors cut to their kind, for asserting the order. */
    List<String> summary() {
        List<String> summary = new ArrayList<>();
        for (String effect : effects) {
            int colon = effect.indexOf(": ");
            summary.add(colon < 0 ? effect : effect.substring(0, colon));
        }
        return summary;
    }

    /** The text of every warning and error, in order. */
    List<String> messages() {
        List<String> messages = new ArrayList<>();
        for (String effect : effects) {
            int colon = effect.indexOf(": ");
            if (colon >= 0) {
                messages.add(effect.substring(colon + 2));
            }
        }
        return messages;
    }

    /** Forgets what happened so far, so that a test asserts only on its act step. */
    void clear() {
        effects.clear();
        traces.clear();
        kept.clear();
    }
}
