package io.github.psbridge.e2e.support;

/**
 * One line of a page's console, or an error the page did not catch.
 *
 * @param level how the page logged it
 * @param text what it said, as the browser reports it
 * @param uncaught whether it is a script error or promise rejection nobody handled
 */
public record ConsoleMessage(Level level, String text, boolean uncaught) {

    /** Console levels, folded to the three that tests tell apart. */
    public enum Level { ERROR, WARNING, INFO }

    public boolean isError() {
        return level == Level.ERROR;
    }

    @Override
    public String toString() {
        return (uncaught ? "UNCAUGHT " : "") + level + " " + text;
    }
}
