package org.oicc.relations.rendering;

import org.junit.jupiter.api.Test;
import org.oicc.relations.content.ContentLocales;

import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Page URLs: language prefix, plain names only, {@code .html}. */
class PagePathTest {

    private static final ContentLocales LOCALES = new ContentLocales("en", java.util.List.of("en", "ar", "fr"));

    @Test
    void languagePrefixAndPath() {
        assertThat(PagePath.parse("/relations.html", LOCALES)).contains(new PagePath("en", "/relations"));
        assertThat(PagePath.parse("/ar/relations.html", LOCALES)).contains(new PagePath("ar", "/relations"));
        assertThat(PagePath.parse("/fr/organizations/un-ecosoc.html", LOCALES)).contains(new PagePath("fr", "/organizations/un-ecosoc"));
        assertThat(PagePath.parse("/en/relations.html", LOCALES)).contains(new PagePath("en", "/relations"));
        // a page may be named like a language: alone it is a page, not a prefix
        assertThat(PagePath.parse("/ar.html", LOCALES)).contains(new PagePath("en", "/ar"));
    }

    @Test
    void anythingButPlainNamesIsNoPage() {
        for (String uri : new String[] {"/", "", "/relations", "/relations.htm", "/.html", "/a//b.html", "/a/../b.html",
                "/a/./b.html", "/%41.html", "/a b.html", "/a.b.html", "/-x.html", "/ar/.html", "/mgnl:page.html", null,
                "relations.html", "/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q.html"}) {
            assertThat(PagePath.parse(uri, LOCALES)).as(String.valueOf(uri)).isEqualTo(Optional.empty());
        }
    }

    @Test
    void theLanguageOfAnyUrl() {
        assertThat(PagePath.languageOf("/ar/nothing/here", LOCALES)).isEqualTo("ar");
        assertThat(PagePath.languageOf("/de/x.html", LOCALES)).isEqualTo("en");
        assertThat(PagePath.languageOf("/", LOCALES)).isEqualTo("en");
    }
}
