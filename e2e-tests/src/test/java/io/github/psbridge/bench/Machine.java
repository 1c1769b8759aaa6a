package io.github.psbridge.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The machine a run was taken on, from {@code /proc} and the JVM.
 *
 * @param cpus what {@code nproc} would say
 * @param cpuModel the first {@code model name} in {@code /proc/cpuinfo}
 * @param memory {@code MemTotal} from {@code /proc/meminfo}, in GiB
 * @param java the JVM running the benchmark and the demo server
 */
record Machine(int cpus, String cpuModel, String memory, String java) {

    private static final String UNKNOWN = "unknown";

    static Machine describe() {
        return new Machine(Runtime.getRuntime().availableProcessors(), readCpuModel(),
                readMemory(),
                System.getProperty("java.vm.vendor") + " "
                        + System.getProperty("java.runtime.version"));
    }

    /** The 1-minute load average; a busy machine skews every timing. */
    static String loadAverage() {
        List<String> lines = lines("/proc/loadavg");
        return lines.isEmpty() ? UNKNOWN : lines.get(0).split(" ")[0];
    }

    private static String readCpuModel() {
        return lines("/proc/cpuinfo").stream()
                .filter(line -> line.startsWith("model name"))
                .map(line -> line.substring(line.indexOf(':') + 1).strip())
                .findFirst().orElse(UNKNOWN);
    }

    private static String readMemory() {
        return lines("/proc/meminfo").stream()
                .filter(line -> line.startsWith("MemTotal:"))
                .map(line -> line.replaceAll("\\D", ""))
                .map(kib -> String.format(Locale.ROOT, "%.1f GiB",
                        Long.parseLong(kib) / 1024.0 / 1024.0))
                .findFirst().orElse(UNKNOWN);
    }

    private static List<String> lines(String file) {
        try {
            return Files.readAllLines(Path.of(file));
        } catch (IOException e) {
            return List.of();
        }
    }
}
