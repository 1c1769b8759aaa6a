package io.github.psbridge.bridge.js;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** A JavaScript function of one argument, of any type, that Java hands to the page. */
@JSFunctor
public interface ValueCallback extends JSObject {
    void call(JSObject value);
}
