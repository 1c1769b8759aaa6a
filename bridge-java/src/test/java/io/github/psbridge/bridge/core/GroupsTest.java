package io.github.psbridge.bridge.core;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GroupsTest {

    @Test
    void keepsGroupTypesInTheOrderFirstSet() {
        Groups groups = new Groups();

        groups.put("company", "c1");
        groups.put("team", "t1");

        assertThat(groups.size()).isEqualTo(2);
        assertThat(groups.type(0)).isEqualTo("company");
        assertThat(groups.type(1)).isEqualTo("team");
    }

    @Test
    void replacesTheKeyOfAGroupTypeInPlace() {
        Groups groups = new Groups();
        groups.put("company", "c1");
        groups.put("team", "t1");

        groups.put("company", "c2");

        assertThat(groups.size()).isEqualTo(2);
        assertThat(groups.key(0)).isEqualTo("c2");
        assertThat(groups.keyOf("company")).isEqualTo("c2");
    }

    @Test
    void hasNoKeyForAnUnsetGroupType() {
        Groups groups = new Groups();

        assertThat(groups.isEmpty()).isTrue();
        assertThat(groups.keyOf("company")).isNull();
    }

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
