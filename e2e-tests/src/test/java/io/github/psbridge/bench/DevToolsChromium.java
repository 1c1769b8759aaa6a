package io.github.psbridge.bench;

import io.github.psbridge.e2e.support.Chromium;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Type;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.openqa.selenium.json.Json;

/**
 * Debian's headless Chromium on a new, empty profile, started with {@link Chromium}'s flags
 * and DevTools on a port it picks, but without chromedriver: whoever drives its page over
 * {@link #page()} alone decides which DevTools domains are enabled. Closing it ends the browser
 * and deletes the profile.
 */
final class DevToolsChromium implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(5);
    // Chromium counts CPU time in 10 ms ticks: one tick in the window still counts as idle.
    private static final Duration IDLE_WINDOW = Duration.ofMillis(300);
    private static final Duration IDLE_SLACK = Duration.ofMillis(10);
    private static final Duration IDLE_POLL = Duration.ofMillis(100);
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Json JSON = new Json();
    private static final String LOG = "chromium.log";

    private final Path profile;
    private final Process process;
    // Ends the browser if the benchmark is stopped while it runs, so none is left behind.
    private final Thread endOnExit = new Thread(this::end);
    private Map<String, Object> version = Map.of();
    private DevToolsConnection page;

    private DevToolsChromium(Path profile, Process process) {
        this.profile = profile;
        this.process = process;
        Runtime.getRuntime().addShutdownHook(endOnExit);
    }

    /** Starts a browser and connects to its one page, still {@code about:blank}. */
    static DevToolsChromium start() {
        Path profile = Chromium.newProfile();
        DevToolsChromium chromium;
        try {
            chromium = new DevToolsChromium(profile, launch(profile));
        } catch (RuntimeException e) {
            Chromium.deleteProfile(profile);
            throw e;
        }
        try {
            chromium.connect();
            return chromium;
        } catch (RuntimeException e) {
            chromium.close();
            throw e;
        }
    }

    /** The session with the browser's page. */
    DevToolsConnection page() {
        return page;
    }

    /**
     * Waits until the browser and its helper processes have been idle for a moment, as their
     * CPU time says ({@code SystemInfo.getProcessInfo}, asked of the browser, not the page).
     *
     * @return whether they were idle within {@code timeout}
     */
    boolean awaitIdle(Duration timeout) {
        URI browser = URI.create(String.valueOf(version.get("webSocketDebuggerUrl")));
        IdleWatch watch = new IdleWatch(IDLE_WINDOW, IDLE_SLACK);
        try (DevToolsConnection connection = DevToolsConnection.open(HTTP, browser)) {
            return Poll.until(timeout, IDLE_POLL,
                    () -> watch.idleAfter(System.nanoTime(), cpuSeconds(connection)));
        }
    }

    /** Chromium's version as it reports it, e.g. {@code 156.0.7600.1}. */
    String version() {
        String browser = String.valueOf(version.get("Browser"));
        return browser.substring(browser.indexOf('/') + 1);
    }

    /** Its own user agent, which says {@code HeadlessChrome}. */
    String userAgent() {
        return String.valueOf(version.get("User-Agent"));
    }

    /** Ends the browser and its helper processes, and deletes the profile. */
    @Override
    public void close() {
        try {
            if (page != null) {
                page.close();
            }
        } finally {
            end();
            forgetShutdownHook();
        }
    }

    private static double cpuSeconds(DevToolsConnection browser) {
        List<?> processes = (List<?>) browser.send("SystemInfo.getProcessInfo", Map.of())
                .get("processInfo");
        return processes.stream()
                .mapToDouble(process -> ((Number) ((Map<?, ?>) process).get("cpuTime"))
                        .doubleValue())
                .sum();
    }

    private static Process launch(Path profile) {
        List<String> command = new ArrayList<>(List.of(Chromium.BINARY));
        command.addAll(Chromium.arguments(profile));
        command.addAll(List.of("--remote-debugging-port=0", "about:blank"));
        try {
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(profile.resolve(LOG).toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException("could not start " + Chromium.BINARY, e);
        }
    }

    private void connect() {
        URI devTools = URI.create("http://127.0.0.1:" + awaitPort() + "/json/");
        version = get(devTools.resolve("version"), Json.MAP_TYPE);
        page = DevToolsConnection.open(HTTP, awaitPageTarget(devTools.resolve("list")));
    }

    private String awaitPort() {
        Path file = profile.resolve("DevToolsActivePort");
        return Poll.until(START_TIMEOUT, () -> portIn(file)).orElseThrow(() ->
                new IllegalStateException("Chromium wrote no " + file + " within "
                        + START_TIMEOUT.toSeconds() + " s; it said: " + logTail()));
    }

    // Chromium writes the port, then a line with the browser's target: once that second line
    // is there, the port is whole.
    private Optional<String> portIn(Path file) {
        if (!process.isAlive()) {
            throw new IllegalStateException("Chromium exited with " + process.exitValue()
                    + " before it opened DevTools; it said: " + logTail());
        }
        List<String> lines = lines(file);
        return lines.size() < 2 ? Optional.empty() : Optional.of(lines.get(0).strip());
    }

    private URI awaitPageTarget(URI targets) {
        return Poll.until(START_TIMEOUT, () -> pageTarget(targets)).orElseThrow(() ->
                new IllegalStateException("no page in " + targets + " within "
                        + START_TIMEOUT.toSeconds() + " s"));
    }

    private static Optional<URI> pageTarget(URI targets) {
        List<Map<String, Object>> list = get(targets, Json.LIST_OF_MAPS_TYPE);
        return list.stream()
                .filter(target -> "page".equals(target.get("type")))
                .map(target -> URI.create((String) target.get("webSocketDebuggerUrl")))
                .findFirst();
    }

    private static <T> T get(URI uri, Type type) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(START_TIMEOUT).build();
        try {
            return JSON.toType(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body(),
                    type);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read " + uri, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading " + uri, e);
        }
    }

    private void end() {
        stop();
        Chromium.deleteProfile(profile);
    }

    // A SIGTERM lets Chromium end its renderers and helpers itself; any still running once it
    // has gone are killed by their ids.
    private void stop() {
        List<ProcessHandle> helpers = process.descendants().toList();
        process.destroy();
        if (!exited(process.toHandle())) {
            process.destroyForcibly();
            exited(process.toHandle());
        }
        helpers.stream().filter(ProcessHandle::isAlive).forEach(helper -> {
            helper.destroyForcibly();
            exited(helper);
        });
    }

    private static boolean exited(ProcessHandle handle) {
        try {
            handle.onExit().get(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException | ExecutionException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void forgetShutdownHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(endOnExit);
        } catch (IllegalStateException e) {
            // The JVM is already shutting down; the hook finds the browser gone.
        }
    }

    private String logTail() {
        List<String> lines = lines(profile.resolve(LOG));
        return String.join(" | ", lines.subList(Math.max(0, lines.size() - 5), lines.size()));
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            return List.of();
        }
    }
}
