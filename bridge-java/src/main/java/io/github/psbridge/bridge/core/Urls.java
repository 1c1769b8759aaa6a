package io.github.psbridge.bridge.core;

/** URL rules for the hosts in the config: https anywhere, plain http only on this machine. */
final class Urls {
    private Urls() {
    }

    /** Whether a browser may send PostHog traffic to this URL. */
    static boolean isAllowed(String url) {
        if (url.startsWith("https://")) {
            return !host(url, 8).isEmpty();
        }
        if (url.startsWith("http://")) {
            return isLoopback(host(url, 7));
        }
        return false;
    }

    static String withoutTrailingSlash(String url) {
        String trimmed = url;
        while (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed;
    }

    private static boolean isLoopback(String host) {
        return host.equals("localhost") || host.equals("127.0.0.1") || host.equals("[::1]");
    }

    /** The host of a URL whose scheme ends at {@code start}, without user or port. */
    static String host(String url, int start) {
        int end = start;
        while (end < url.length() && "/?#".indexOf(url.charAt(end)) < 0) {
            end++;
        }
        String authority = url.substring(start, end);
        authority = authority.substring(authority.lastIndexOf('@') + 1);
        if (authority.startsWith("[")) {
            int close = authority.indexOf(']');
            return close < 0 ? "" : authority.substring(0, close + 1);
        }
        int colon = authority.indexOf(':');
        return colon < 0 ? authority : authority.substring(0, colon);
    }
}
