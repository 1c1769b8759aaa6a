package io.github.psbridge.bridge.js;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/** A JavaScript function of two arguments, of any type, that Java hands to the page. */
@JSFunctor
public interface PairCallback extends JSObject {
    void call(JSObject first, JSObject second);
}
