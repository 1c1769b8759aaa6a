package io.github.psbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FaultsTest {

    private final Faults faults = TestServer.get().faults();

    @BeforeEach
    @AfterEach
    void reset() {
        TestServer.reset();
    }

    @Test
    void delaysOnlyTheChosenRoute() {
        faults.delay(Route.POSTHOG_CONFIG, Duration.ofMillis(400));

        long slow = timeMillis("/ph/array/phc_x/config");
        long fast = timeMillis("/ph/static/array.js");

        assertThat(slow).isGreaterThanOrEqualTo(400);
        assertThat(fast).isLessThan(400);
    }

    @Test
    void delaysEveryRequestWithSimulatedRoundTrip() {
        faults.delayAll(Duration.ofMillis(300));

        assertThat(timeMillis("/")).isGreaterThanOrEqualTo(300);
        assertThat(timeMillis("/segment-cdn/v1/projects/demoWriteKey/settings"))
                .isGreaterThanOrEqualTo(300);
    }

    @Test
    void failsTheChosenRouteWithItsStatus() {
        faults.fail(Route.SEGMENT_SETTINGS, 503);

        HttpResponse<String> settings =
                TestServer.get("/segment-cdn/v1/projects/demoWriteKey/settings");
        HttpResponse<String> script = TestServer.get("/js/posthog-segment-bridge.js");

        assertThat(settings.statusCode()).isEqualTo(503);
        assertThat(script.statusCode()).isEqualTo(200);
    }

    @Test
    void dropHoldsRequestUntilClientGivesUp() {
        faults.drop(Route.BRIDGE_SCRIPT);

        assertThatThrownBy(() -> TestServer.client().send(
                TestServer.request("/js/posthog-segment-bridge.js")
                        .timeout(Duration.ofMillis(500)).GET().build(),
                HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
    }

    @Test
    void clearingCutsOffHeldRequestsAndServesAgain() {
        faults.drop(Route.POSTHOG_CAPTURE);
        // A POST, because Java's client silently retries a GET whose connection was closed.
        CompletableFuture<HttpResponse<String>> held = TestServer.client().sendAsync(
                TestServer.request("/ph/e/").POST(HttpRequest.BodyPublishers.ofString("[]"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Await.until("the server to hold the capture request", Duration.ofSeconds(5),
                () -> faults.heldRequests() == 1);

        faults.clear();

        assertThatThrownBy(held::join).isInstanceOf(CompletionException.class);
        assertThat(faults.heldRequests()).isZero();
        assertThat(TestServer.get("/ph/static/array.js").statusCode()).isEqualTo(200);
    }

    @Test
    void refusesNonErrorStatus() {
        assertThatThrownBy(() -> faults.fail(Route.SEGMENT_API, 200))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("between 400 and 599");
    }

    private static long timeMillis(String path) {
        long start = System.nanoTime();
        HttpResponse<String> response = TestServer.get(path);
        assertThat(response.statusCode()).as(path).isEqualTo(200);
        return (System.nanoTime() - start) / 1_000_000;
    }
}
