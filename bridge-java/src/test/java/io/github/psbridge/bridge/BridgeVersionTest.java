package io.github.psbridge.bridge;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BridgeVersionTest {

    @Test
    void showsThePomVersionWithoutSnapshot() {
        String pomVersion = System.getProperty("bridge.version");

        assertThat(pomVersion).as("bridge.version, set by surefire from the pom").isNotBlank();
        assertThat(BridgeMain.VERSION).isEqualTo(pomVersion.replace("-SNAPSHOT", ""));
    }
}
