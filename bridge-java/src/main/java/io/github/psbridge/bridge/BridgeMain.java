package io.github.psbridge.bridge;

import org.teavm.jso.JSBody;

public final class BridgeMain {
    public static void main(String[] args) {
        log("hello");
    }

    @JSBody(params = "m", script = "console.log(m);")
    private static native void log(String m);
}
