package org.oicc.relations.repository;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules for names from outside: one per kind of input, each refusing JCR syntax. */
class ClientPathsTest {

    @Test
    void itemNamesAreSlugs() {
        assertThat(ClientPaths.Rule.ITEM_NAME.allows("iula")).isTrue();
        assertThat(ClientPaths.Rule.ITEM_NAME.allows("league-of-arab-states")).isTrue();
        assertThat(ClientPaths.Rule.ITEM_NAME.allows("a".repeat(100))).isTrue();
        assertThat(ClientPaths.Rule.ITEM_NAME.allows("a".repeat(101))).isFalse();
        assertThat(ClientPaths.Rule.ITEM_NAME.allows("IULA")).isFalse();
        assertThat(ClientPaths.Rule.ITEM_NAME.allows("-iula")).isFalse();
        assertThat(ClientPaths.Rule.ITEM_NAME.allows("a.b")).isFalse();
        assertThat(ClientPaths.Rule.ITEM_NAME.allows("")).isFalse();
        assertThat(ClientPaths.Rule.ITEM_NAME.allows(null)).isFalse();
    }

    @Test
    void urlPathsArePlainNamesOfAnyScript() {
        assertThat(ClientPaths.checked("/iula/relationships/0", ClientPaths.Rule.URL)).hasValue("/iula/relationships/0");
        assertThat(ClientPaths.checked("/iula/", ClientPaths.Rule.URL)).hasValue("/iula");
        assertThat(ClientPaths.checked("/", ClientPaths.Rule.URL)).hasValue("/");
        assertThat(ClientPaths.checked("/منظمة/mgnl:x", ClientPaths.Rule.URL)).hasValue("/منظمة/mgnl:x");
        assertThat(ClientPaths.checked("iula", ClientPaths.Rule.URL)).isEmpty();
        assertThat(ClientPaths.checked("/a/../b", ClientPaths.Rule.URL)).isEmpty();
        assertThat(ClientPaths.checked("/a..b", ClientPaths.Rule.URL)).isEmpty();
        assertThat(ClientPaths.checked("/a//b", ClientPaths.Rule.URL)).isEmpty();
        assertThat(ClientPaths.checked("/a[1]", ClientPaths.Rule.URL)).isEmpty();
        assertThat(ClientPaths.checked("/*", ClientPaths.Rule.URL)).isEmpty();
        assertThat(ClientPaths.checked(null, ClientPaths.Rule.URL)).isEmpty();
    }

    @Test
    void pageSegmentsHaveNoDots() {
        assertThat(ClientPaths.Rule.PAGE.allows("relations")).isTrue();
        assertThat(ClientPaths.Rule.PAGE.allows("About_us-2")).isTrue();
        assertThat(ClientPaths.Rule.PAGE.allows("relations.json")).isFalse();
        assertThat(ClientPaths.Rule.PAGE.allows("mgnl:page")).isFalse();
    }

    @Test
    void commandLinePathsRefuseOnlyJcrSyntaxAndNameTheCulprit() {
        assertThat(ClientPaths.checked("/Travel Guides/été/", ClientPaths.Rule.COMMAND_LINE)).hasValue("/Travel Guides/été");
        assertThat(ClientPaths.refusedName("/a/../b", ClientPaths.Rule.COMMAND_LINE)).hasValue("..");
        assertThat(ClientPaths.refusedName("/a/./b", ClientPaths.Rule.COMMAND_LINE)).hasValue(".");
        assertThat(ClientPaths.refusedName("/a/b[2]", ClientPaths.Rule.COMMAND_LINE)).hasValue("b[2]");
        assertThat(ClientPaths.refusedName("/a//b", ClientPaths.Rule.COMMAND_LINE)).hasValue("");
        assertThat(ClientPaths.refusedName("/a/\"b\"", ClientPaths.Rule.COMMAND_LINE)).hasValue("\"b\"");
        assertThat(ClientPaths.refusedName("/a/b", ClientPaths.Rule.COMMAND_LINE)).isEmpty();
    }
}
