package io.github.psbridge.bridge.js;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** A JavaScript function that returns a value Java builds on demand. */
@JSFunctor
public interface Supplier extends JSObject {
    JSObject get();
}
