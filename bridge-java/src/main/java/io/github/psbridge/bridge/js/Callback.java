package io.github.psbridge.bridge.js;

import org.teavm.jso.JSFunctor;
import org.teavm.jso.JSObject;

/**
 * A JavaScript function of up to two arguments that Java hands to the page. Every callback
 * has this one shape, since TeaVM adds code for each kind of function it hands out.
 */
@JSFunctor
public interface Callback extends JSObject {

    /** Arguments the page leaves out arrive as {@code undefined}, not as Java null. */
    JSObject call(JSObject first, JSObject second);
}
