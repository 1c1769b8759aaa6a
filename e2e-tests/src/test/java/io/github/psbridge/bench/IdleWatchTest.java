package io.github.psbridge.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** When a starting browser counts as idle, from its CPU time; no browser needed. */
class IdleWatchTest {

    private static final long MS = 1_000_000; // a millisecond on System.nanoTime()'s clock

    private final IdleWatch watch = new IdleWatch(Duration.ofMillis(300), Duration.ofMillis(10));

    @Test
    void isIdleOnceAWholeWindowPassedWithoutCpuUse() {
        assertThat(watch.idleAfter(0, 0.58)).isFalse();
        assertThat(watch.idleAfter(100 * MS, 0.58)).isFalse();
        assertThat(watch.idleAfter(200 * MS, 0.58)).isFalse();

        assertThat(watch.idleAfter(300 * MS, 0.58)).isTrue();
    }

    @Test
    void waitsWhileTheBrowserKeepsWorking() {
        double cpu = 0.30;
        for (long at = 0; at <= 1000 * MS; at += 100 * MS) {
            cpu += 0.05;
            assertThat(watch.idleAfter(at, cpu)).as("at %d ms", at / MS).isFalse();
        }
    }

    @Test
    void countsOnlyTheLastWindow() {
        watch.idleAfter(0, 0.30);
        watch.idleAfter(100 * MS, 0.50);
        watch.idleAfter(200 * MS, 0.70);
        assertThat(watch.idleAfter(300 * MS, 0.70)).isFalse();
        assertThat(watch.idleAfter(400 * MS, 0.70)).isFalse();

        assertThat(watch.idleAfter(500 * MS, 0.70)).isTrue();
    }

    @Test
    void letsOneTickOfCpuTimePassButNotTwo() {
        watch.idleAfter(0, 0.80);
        watch.idleAfter(150 * MS, 0.81);
        assertThat(watch.idleAfter(300 * MS, 0.81)).isTrue();

        assertThat(watch.idleAfter(450 * MS, 0.83)).isFalse();
    }
}
