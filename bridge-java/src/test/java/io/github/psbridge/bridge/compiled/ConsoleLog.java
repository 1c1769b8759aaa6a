package io.github.psbridge.bridge.compiled;

import java.util.ArrayList;
import java.util.List;
import org.htmlunit.WebConsole;

/** Everything the page wrote to its console, by level, in order. */
final class ConsoleLog implements WebConsole.Logger {
    static final String PREFIX = "[posthog-segment-bridge] ";

    private final List<String> errors = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private final List<String> debug = new ArrayList<>();
    private final List<String> everything = new ArrayList<>();

    List<String> errors() {
        return errors;
    }

    List<String> warnings() {
        return warnings;
    }

    List<String> debug() {
        return debug;
    }

    /** Every line at every level, for checking that a secret never shows. */
    List<String> everything() {
        return everything;
    }

    @Override
    public boolean isTraceEnabled() {
        return true;
    }

    @Override
    public void trace(Object message) {
        everything.add(String.valueOf(message));
    }

    @Override
    public boolean isDebugEnabled() {
        return true;
    }

    @Override
    public void debug(Object message) {
        add(debug, message);
    }

    @Override
    public boolean isInfoEnabled() {
        return true;
    }

    @Override
    public void info(Object message) {
        everything.add(String.valueOf(message));
    }

    @Override
    public boolean isWarnEnabled() {
        return true;
    }

    @Override
    public void warn(Object message) {
        add(warnings, message);
    }

    @Override
    public boolean isErrorEnabled() {
        return true;
    }

    @Override
    public void error(Object message) {
        add(errors, message);
    }

    private void add(List<String> level, Object message) {
        level.add(String.valueOf(message));
        everything.add(String.valueOf(message));
    }
}
