package io.github.psbridge.bridge.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GroupsTest {

    @Test
    void acceptsStringAndNumberKeys() {
        assertThat(Groups.check("company", "c1", "string")).isNull();
        assertThat(Groups.check("company", "42", "number")).isNull();
    }

    @Test
    void needsAGroupType() {
        assertThat(Groups.check(null, "c1", "string"))
                .isEqualTo("needs a group type, like \"company\".");
        assertThat(Groups.check("", "c1", "string")).startsWith("needs a group type");
    }

    @Test
    void refusesEmptyOrNonTextKeys() {
        assertThat(Groups.check("company", "", "string"))
                .isEqualTo("must have a non-empty string key: got string.");
        assertThat(Groups.check("company", null, "undefined"))
                .isEqualTo("must have a non-empty string key: got undefined.");
        assertThat(Groups.check("company", "[object Object]", "object"))
                .isEqualTo("must have a non-empty string key: got object.");
    }
}
