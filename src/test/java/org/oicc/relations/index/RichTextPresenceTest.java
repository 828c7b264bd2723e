package org.oicc.relations.index;

import org.junit.jupiter.api.Test;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.definition.PropertyType;
import org.oicc.relations.definition.ValueKind;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The index's note of which rich texts are written: words count, tags and blank leftovers do not. */
class RichTextPresenceTest {

    @Test
    void onlyWordsOutsideTheTagsMakeATextWritten() {
        assertThat(RichTextPresence.written("<p>Water</p>")).isTrue();
        assertThat(RichTextPresence.written("<p>مياه</p>")).isTrue();
        assertThat(RichTextPresence.written("plain")).isTrue();
        assertThat(RichTextPresence.written("<p>&amp;</p>")).isTrue();
        assertThat(RichTextPresence.written(null)).isFalse();
        assertThat(RichTextPresence.written("")).isFalse();
        assertThat(RichTextPresence.written("<p></p>")).isFalse();
        assertThat(RichTextPresence.written("<p>&nbsp;</p>\n<p> <br></p>")).isFalse();
        assertThat(RichTextPresence.written("<p>\u00a0&#160;</p>")).isFalse();
        assertThat(RichTextPresence.written("<a href=\"https://x.org\"></a>")).isFalse();
    }

    @Test
    void aTranslationIsMissingWhenTheSourceIsWrittenAndItIsNot() {
        ContentLocales locales = new ContentLocales("en", List.of("en", "ar", "fr"));
        PropertyDefinition description = property("description", true, ValueKind.RICH_TEXT);
        RichTextPresence rich = new RichTextPresence(List.of(property("name", true, ValueKind.STRING), description,
                property("notes", false, ValueKind.RICH_TEXT)), locales);

        assertThat(rich.bit("name")).isZero();
        assertThat(rich.bit("notes")).isZero(); // not translated: nothing to count
        long source = rich.bit("description");
        long arabic = rich.bit("description_ar");
        assertThat(source).isNotZero();
        assertThat(arabic).isNotZero().isNotEqualTo(source);

        assertThat(rich.missing(source, "ar")).isEqualTo(1);
        assertThat(rich.missing(source, "fr")).isEqualTo(1);
        assertThat(rich.missing(source | arabic, "ar")).isZero();
        assertThat(rich.missing(source | arabic, "fr")).isEqualTo(1);
        assertThat(rich.missing(arabic, "ar")).isZero(); // no source, nothing to translate
        assertThat(rich.missing(0L, "ar")).isZero();
    }

    private static PropertyDefinition property(String name, boolean i18n, ValueKind kind) {
        return new PropertyDefinition(name, new PropertyType.Scalar(kind), false, false, i18n, List.of(), null, List.of(), null);
    }
}
