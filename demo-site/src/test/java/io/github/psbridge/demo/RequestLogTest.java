package io.github.psbridge.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class RequestLogTest {

    private final RequestLog requests = TestServer.get().requests();

    @BeforeEach
    void reset() {
        TestServer.reset();
        requests.clear();
    }

    @Test
    void countsRequestsByRoute() {
        TestServer.get("/ph/array/phc_x/config");
        TestServer.get("/ph/array/phc_x/config.js");
        TestServer.get("/js/posthog-segment-bridge.js");

        assertThat(requests.count(Route.POSTHOG_CONFIG)).isEqualTo(2);
        assertThat(requests.count(Route.BRIDGE_SCRIPT)).isEqualTo(1);
        assertThat(requests.count(Route.POSTHOG_FLAGS)).isZero();
    }

    @Test
    void logsPagesWithoutRouteButNotTheControlApi() {
        TestServer.get("/");
        TestServer.get("/_demo/events");

        assertThat(requests.all())
                .extracting(RequestLog.Entry::path, RequestLog.Entry::route)
                .containsExactly(tuple("/", null));
    }
}
