package io.github.psbridge.bench;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An estimate of what the bridge's bytes are made of. The minified file has short names, so
 * it is read from the readable build beside it, where TeaVM names every top-level
 * declaration after its Java class ({@code igpbc_Flow} is {@code io.github.psbridge.bridge.
 * core.Flow}, {@code jl_String} is {@code java.lang.String}, {@code $rt_…} is the runtime).
 * Each part of the readable build is gzipped on its own, and the shares are applied to the
 * minified file's gzip size. The readable build is optimised less, so this is an estimate.
 */
final class BridgeComposition {

    /** The parts a declaration can belong to. */
    enum Part {
        OWN("the bridge's own classes (io.github.psbridge.bridge)"),
        STRINGS("string constants (mostly the bridge's messages)"),
        JDK("Java class library as TeaVM provides it (java.*, org.teavm.classlib)"),
        RUNTIME("TeaVM runtime ($rt_ helpers, org.teavm.jso/runtime/platform, start-up)");

        private final String label;

        Part(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    /**
     * One part's estimate.
     *
     * @param readableBytes its bytes in the readable build
     * @param share its share of the gzipped readable build
     * @param gzipBytes the same share of the minified file's gzip size
     */
    record Share(Part part, int readableBytes, double share, int gzipBytes) {
    }

    // A declaration starts at the top level of TeaVM's wrapper function: four spaces in.
    private static final Pattern DECLARATION = Pattern.compile(
            "^ {4}(?:let |const |function |\\$rt_metadata\\(\\[)?([A-Za-z_$][\\w$]*)");
    private static final Set<String> KEYWORDS = Set.of(
            "if", "else", "for", "while", "do", "return", "try", "catch", "switch", "var");

    private BridgeComposition() {
    }

    /** The shares of {@code readableBuild}, scaled to {@code minifiedGzip} bytes. */
    static List<Share> estimate(String readableBuild, int minifiedGzip) {
        Map<Part, StringBuilder> parts = split(readableBuild);
        Map<Part, Integer> gzipped = new EnumMap<>(Part.class);
        parts.forEach((part, text) -> gzipped.put(part, Gzip.size(bytes(text))));
        double total = gzipped.values().stream().mapToInt(Integer::intValue).sum();
        List<Share> shares = new ArrayList<>();
        for (Part part : Part.values()) {
            double share = gzipped.getOrDefault(part, 0) / total;
            shares.add(new Share(part, bytes(parts.get(part)).length, share,
                    (int) Math.round(share * minifiedGzip)));
        }
        return shares;
    }

    // Each line goes to the part of the declaration it belongs to.
    private static Map<Part, StringBuilder> split(String readableBuild) {
        Map<Part, StringBuilder> parts = new EnumMap<>(Part.class);
        for (Part part : Part.values()) {
            parts.put(part, new StringBuilder());
        }
        Part current = Part.RUNTIME;
        for (String line : readableBuild.split("\n", -1)) {
            Matcher declaration = DECLARATION.matcher(line);
            if (declaration.find() && !KEYWORDS.contains(declaration.group(1))) {
                current = partOf(declaration.group(1));
            }
            parts.get(current).append(line).append('\n');
        }
        return parts;
    }

    static Part partOf(String name) {
        if (name.startsWith("igpb")) {
            return Part.OWN;
        }
        if (name.equals("$rt_stringPool")) {
            return Part.STRINGS;
        }
        if (name.matches("j[a-z]*_.*") || name.startsWith("otc")) {
            return Part.JDK;
        }
        return Part.RUNTIME;
    }

    private static byte[] bytes(CharSequence text) {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }
}
