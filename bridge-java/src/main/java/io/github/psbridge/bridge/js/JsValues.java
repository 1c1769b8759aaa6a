package io.github.psbridge.bridge.js;

import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;

/**
 * Reading untyped JavaScript values safely. {@code null} and {@code undefined} become Java
 * null here, since a JSO getter would hand Java a String wrapping {@code undefined}.
 */
public final class JsValues {
    private JsValues() {
    }

    @JSBody(params = "value", script = "return typeof value;")
    public static native String typeOf(JSObject value);

    @JSBody(params = "value", script = "return value == null ? null : String(value);")
    public static native String text(JSObject value);

    @JSBody(params = { "object", "key" },
            script = "return object == null ? undefined : object[key];")
    public static native JSObject get(JSObject object, String key);

    /** The object's own keys, as a JavaScript array of strings. */
    @JSBody(params = "object", script = "return Object.keys(object);")
    public static native JSObject keys(JSObject object);

    @JSBody(params = "object", script = "return Object.keys(object).length > 0;")
    public static native boolean hasKeys(JSObject object);

    @JSBody(params = "array", script = "return array.length;")
    public static native int length(JSObject array);

    @JSBody(params = { "array", "index" }, script = "return array[index];")
    public static native String textAt(JSObject array, int index);

    /**
     * A JavaScript array. Java collections of JavaScript values would make TeaVM wrap each
     * value, and that wrapping code costs the bridge several hundred bytes.
     */
    @JSBody(script = "return [];")
    public static native JSObject newArray();

    @JSBody(params = { "array", "value" }, script = "array.push(value);")
    public static native void push(JSObject array, JSObject value);

    @JSBody(params = { "array", "value" }, script = "array.push(value);")
    public static native void pushText(JSObject array, String value);

    /** Empties the array, then hands each former element to {@code consumer}. */
    @JSBody(params = { "array", "consumer" }, script = "array.splice(0).forEach(consumer);")
    public static native void drain(JSObject array, Callback consumer);

    /** Copies group types and keys, keys as text, as PostHog would send them. */
    @JSBody(params = { "from", "to" }, script = "if (from) Object.keys(from).forEach("
            + "function (type) { to[type] = String(from[type]); });")
    public static native void copyGroups(JSObject from, JSObject to);

    @JSBody(script = "return {};")
    public static native JSObject newObject();

    @JSBody(params = { "object", "key", "value" }, script = "object[key] = value;")
    public static native void putText(JSObject object, String key, String value);

    /** Like {@code typeof}, but tells arrays and null apart from objects. */
    @JSBody(params = "value", script = "return value === null ? 'null'"
            + " : Array.isArray(value) ? 'array' : typeof value;")
    public static native String kind(JSObject value);

    @JSBody(params = "text", script = "return JSON.parse(text);")
    public static native JSObject parseJson(String text);

    /** Why the text is not JSON, in the browser's words, or null when it is. */
    @JSBody(params = "text", script = "try { JSON.parse(text); return null; }"
            + " catch (e) { return e.message; }")
    public static native String jsonError(String text);
}
