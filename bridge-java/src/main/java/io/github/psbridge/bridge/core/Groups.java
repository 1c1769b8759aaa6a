package io.github.psbridge.bridge.core;

/** The rule for group analytics' groups, from the config and from {@code group(type, key)}. */
public final class Groups {
    private Groups() {
    }

    /**
     * Why a group cannot be used, or null when it can. Keys may be strings or numbers, as
     * PostHog turns both into text.
     *
     * @param keyType the key's JavaScript {@code typeof}
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
}
