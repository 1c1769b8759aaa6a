package io.github.psbridge.e2e.support;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.function.Consumer;
import org.htmlunit.ScriptException;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.javascript.JavaScriptErrorListener;

/**
 * HtmlUnit's script problems as console messages: a script exception is an uncaught error;
 * a script that failed to load is logged the way Chromium logs it, as a plain error.
 */
final class ScriptErrors implements JavaScriptErrorListener {

    private final Consumer<ConsoleMessage> sink;

    ScriptErrors(Consumer<ConsoleMessage> sink) {
        this.sink = sink;
    }

    @Override
    public void scriptException(HtmlPage page, ScriptException exception) {
        sink.accept(new ConsoleMessage(ConsoleMessage.Level.ERROR,
                "Uncaught " + exception.getMessage(), true));
    }

    @Override
    public void timeoutError(HtmlPage page, long allowedTime, long executionTime) {
        sink.accept(new ConsoleMessage(ConsoleMessage.Level.ERROR,
                "script ran " + executionTime + " ms, over the " + allowedTime + " ms allowed",
                true));
    }

    @Override
    public void malformedScriptURL(HtmlPage page, String url, MalformedURLException e) {
        error("malformed script URL " + url);
    }

    @Override
    public void loadScriptError(HtmlPage page, URL scriptUrl, Exception exception) {
        error("Failed to load script " + scriptUrl + ": " + exception.getMessage());
    }

    @Override
    public void warn(String message, String sourceName, int line, String lineSource,
            int lineOffset) {
        sink.accept(new ConsoleMessage(ConsoleMessage.Level.WARNING,
                sourceName + ":" + line + " " + message, false));
    }

    private void error(String text) {
        sink.accept(new ConsoleMessage(ConsoleMessage.Level.ERROR, text, false));
    }
}
