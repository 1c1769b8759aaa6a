package io.github.psbridge.bridge.core;

import java.util.ArrayList;
import java.util.List;

/**
 * Group type to group key, in the order they were first set. A list rather than a map:
 * a page has one or two group types, and TeaVM's hash maps cost more bytes than they save.
 */
public final class Groups {
    private final List<String> types = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();

    /**
     * Why a group cannot be used, or null when it can. Keys may be strings or numbers, as
     * PostHog turns both into text.
     */
    public static String check(String type, String key, String keyType) {
        if (type == null || type.isEmpty()) {
            return "needs a group type, like \"company\".";
        }
        boolean usableKey = "string".equals(keyType) || "number".equals(keyType);
        if (!usableKey || key == null || key.isEmpty()) {
            return "must have a non-empty string key: got " + keyType + ".";
        }
        return null;
    }

    /** Sets or replaces the key of one group type. */
    public void put(String type, String key) {
        int index = types.indexOf(type);
        if (index >= 0) {
            keys.set(index, key);
        } else {
            types.add(type);
            keys.add(key);
        }
    }

    public int size() {
        return types.size();
    }

    public boolean isEmpty() {
        return types.isEmpty();
    }

    public String type(int index) {
        return types.get(index);
    }

    public String key(int index) {
        return keys.get(index);
    }

    /** The key of a group type, or null when it is not set. */
    public String keyOf(String type) {
        int index = types.indexOf(type);
        return index < 0 ? null : keys.get(index);
    }
}
