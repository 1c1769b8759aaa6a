package io.github.psbridge.bridge.js;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** A JavaScript function of no arguments that Java hands to the page. */
@JSFunctor
public interface Callback extends JSObject {
    void call();
}
