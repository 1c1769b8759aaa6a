package io.github.psbridge.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.openqa.selenium.json.Json;

/**
 * A DevTools protocol session with one target over its WebSocket: commands that wait for their
 * answers, and listeners for events by method name. It sends nothing of its own, so the
 * target has exactly the domains enabled that the caller enables.
 */
final class DevToolsConnection implements AutoCloseable {

    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(30);
    private static final Json JSON = new Json();

    private final AtomicLong lastId = new AtomicLong();
    private final Map<Long, CompletableFuture<Map<?, ?>>> pending = new ConcurrentHashMap<>();
    private final Map<String, Consumer<Map<?, ?>>> listeners = new ConcurrentHashMap<>();
    private final WebSocket socket;
    private volatile String closedBecause;

    private DevToolsConnection(HttpClient http, URI target) {
        socket = await(http.newWebSocketBuilder().buildAsync(target, new Receiver()),
                CONNECT_TIMEOUT, "a WebSocket to " + target);
    }

    /** Connects to the target whose {@code webSocketDebuggerUrl} is {@code target}. */
    static DevToolsConnection open(HttpClient http, URI target) {
        return new DevToolsConnection(http, target);
    }

    /**
     * Sends the command {@code method} and waits for its result.
     *
     * @throws IllegalStateException when the target answers with an error, or not in time
     */
    Map<?, ?> send(String method, Map<String, ?> params) {
        long id = lastId.incrementAndGet();
        CompletableFuture<Map<?, ?>> answer = new CompletableFuture<>();
        pending.put(id, answer);
        if (closedBecause != null) {
            throw new IllegalStateException("DevTools: cannot send " + method + ": "
                    + closedBecause);
        }
        transmit(method, JSON.toJson(Map.of("id", id, "method", method, "params", params)));
        Map<?, ?> message = await(answer, ANSWER_TIMEOUT, "the answer to " + method);
        if (message.get("error") instanceof Map<?, ?> error) {
            throw new IllegalStateException(method + " failed: " + error.get("message"));
        }
        return message.get("result") instanceof Map<?, ?> result ? result : Map.of();
    }

    /**
     * Hands the params of each event {@code method} to {@code listener}, on the connection's
     * own thread, one event after the other: it must not block.
     */
    void on(String method, Consumer<Map<?, ?>> listener) {
        listeners.put(method, listener);
    }

    @Override
    public void close() {
        socket.abort();
        closed("the connection was closed");
    }

    /** The value of {@code future}, or an exception that names {@code what} was awaited. */
    static <T> T await(CompletableFuture<T> future, Duration timeout, String what) {
        try {
            return future.orTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS).join();
        } catch (CompletionException e) {
            Throwable cause = e.getCause();
            String why = cause instanceof TimeoutException
                    ? "none within " + timeout.toSeconds() + " s" : cause.toString();
            throw new IllegalStateException("DevTools: waited for " + what + ": " + why, cause);
        }
    }

    // A WebSocket takes one message at a time: the next send waits for this one.
    private void transmit(String method, String command) {
        synchronized (socket) {
            await(socket.sendText(command, true), ANSWER_TIMEOUT, method + " to be sent");
        }
    }

    private void receive(String text) {
        Map<?, ?> message = JSON.toType(text, Json.MAP_TYPE);
        if (message.get("id") instanceof Number id) {
            CompletableFuture<Map<?, ?>> answer = pending.remove(id.longValue());
            if (answer != null) {
                answer.complete(message);
            }
            return;
        }
        Consumer<Map<?, ?>> listener = listeners.get(message.get("method"));
        if (listener != null && message.get("params") instanceof Map<?, ?> params) {
            listener.accept(params);
        }
    }

    private void closed(String why) {
        closedBecause = why;
        pending.values().forEach(answer -> answer.completeExceptionally(
                new IllegalStateException(why)));
        pending.clear();
    }

    // Chromium sends large messages, such as a batch of trace events, in parts.
    private final class Receiver implements WebSocket.Listener {

        private final StringBuilder parts = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            parts.append(data);
            if (last) {
                String text = parts.toString();
                parts.setLength(0);
                receive(text);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            closed("Chromium closed the DevTools connection: " + statusCode + " " + reason);
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            closed("the DevTools connection failed: " + error);
        }
    }
}
