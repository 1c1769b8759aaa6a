package io.github.psbridge.bridge.core;

/**
 * One {@code groups} entry as the page gave it: a group type and its key.
 *
 * @param keyType the key's JavaScript {@code typeof}, since only strings and numbers make
 *                sense as group keys
 */
public record GroupEntry(String type, String key, String keyType) {
}
