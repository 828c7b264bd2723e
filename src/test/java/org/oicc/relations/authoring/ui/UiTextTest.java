package org.oicc.relations.authoring.ui;

import org.junit.jupiter.api.Test;
import org.oicc.relations.authoring.publication.ItemArrival;
import org.oicc.relations.authoring.publication.SubscriberReports;
import org.oicc.relations.authoring.publication.SubscriberStatus;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.LightModuleLoader;
import org.oicc.relations.definition.ModuleSource;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Words, numbers and dates in the user's language; which language a request gets. */
class UiTextTest {

    private static final Instant AT = Instant.parse("2026-03-05T14:07:00Z");
    private final UiMessages messages = new UiMessages(new LightModuleLoader().load(ModuleSource.classpath("oicc-relations")));

    @Test
    void argumentsAreFilledInWithNumbersAsTheLanguageWritesThem() {
        assertThat(messages.text("en").get("list.range", 1, 50, 100_000)).isEqualTo("1–50 of 100,000");
        assertThat(messages.text("ar").get("list.range", 1, 50, 100_000)).isEqualTo("١–٥٠ من ١٠٠٬٠٠٠");
        assertThat(messages.text("fr").get("list.range", 1, 50, 100_000)).isEqualTo("1–50 sur 100\u202f000");
        // not MessageFormat: an apostrophe is only an apostrophe, and a missing argument stays visible
        assertThat(messages.text("fr").get("error.noCategory", "x")).isEqualTo("Il n'y a pas de catégorie « x ».");
        assertThat(messages.text("en").get("error.noCategory")).isEqualTo("There is no category '{0}'.");
        assertThat(messages.text("en").get("no.such.key")).isEqualTo("no.such.key");
    }

    @Test
    void countsTakeTheLanguagesPluralForm() {
        UiText en = messages.text("en");
        assertThat(en.get("form.list.missingCount", "Arabic", 1)).isEqualTo("Arabic: 1 missing translation");
        assertThat(en.get("form.list.missingCount", "Arabic", 3)).isEqualTo("Arabic: 3 missing translations");
        assertThat(en.get("order.entries", 1234)).isEqualTo("all 1,234 entries, in the order the public page shows them");
        assertThat(en.get("order.entries", 1)).isEqualTo("1 entry, in the order the public page shows them");
        assertThat(en.get("form.pick.foundFor", 1, 1, "iula")).isEqualTo("1 of 1 match for “iula”; choose one, then save.");

        // French: 0 and 1 are singular, a million takes "de"
        UiText fr = messages.text("fr");
        assertThat(fr.get("form.list.missingCount", "arabe", 0)).isEqualTo("arabe : 0 traduction manquante");
        assertThat(fr.get("form.list.missingCount", "arabe", 1)).isEqualTo("arabe : 1 traduction manquante");
        assertThat(fr.get("form.list.missingCount", "arabe", 2)).isEqualTo("arabe : 2 traductions manquantes");
        assertThat(fr.get("form.list.missingCount", "arabe", 1_000_000)).isEqualTo("arabe : 1\u202f000\u202f000 de traductions manquantes");

        // Arabic: six forms, the number in the UI's Arabic digits
        UiText ar = messages.text("ar");
        assertThat(ar.get("form.list.missingCount", "العربية", 1)).isEqualTo("العربية: ترجمة واحدة ناقصة");
        assertThat(ar.get("form.list.missingCount", "العربية", 2)).isEqualTo("العربية: ترجمتان ناقصتان");
        assertThat(ar.get("form.list.missingCount", "العربية", 3)).isEqualTo("العربية: ٣ ترجمات ناقصة");
        assertThat(ar.get("form.list.missingCount", "العربية", 11)).isEqualTo("العربية: ١١ ترجمة ناقصة");
        assertThat(ar.get("form.list.missingCount", "العربية", 100)).isEqualTo("العربية: ١٠٠ ترجمة ناقصة");
        assertThat(ar.get("form.list.missingCount", "العربية", 0)).isEqualTo("العربية: لا ترجمات ناقصة");
        assertThat(ar.get("users.minLength", 12)).isEqualTo("١٢ حرفًا على الأقل.");
        assertThat(ar.get("users.minLength", 8)).isEqualTo("٨ أحرف على الأقل.");
        // the scripts are told the server's digits (browsers differ on Arabic's default)
        assertThat(ar.scriptTexts()).containsEntry("@digits", "arab");
        assertThat(fr.scriptTexts()).containsEntry("@digits", "latn");
        // a count that is not a number (a template's mistake) leaves the text readable, not broken
        assertThat(en.get("form.list.missingCount", "Arabic", "x")).startsWith("Arabic: {1,plural,");
    }

    @Test
    void datesAreInTheLanguageAndItsDigits() {
        assertThat(messages.text("en").when(AT)).isEqualTo("Mar 5, 2026, 2:07 PM UTC");
        assertThat(messages.text("fr").when(AT)).isEqualTo("5 mars 2026 14:07 UTC");
        assertThat(messages.text("ar").when(AT)).contains("٢٠٢٦").contains("٢:٠٧").endsWith("بالتوقيت العالمي").doesNotContainPattern("[0-9]");
        assertThat(messages.text("ar").dir()).isEqualTo("rtl");
        assertThat(messages.text("fr").dir()).isEqualTo("ltr");
    }

    @Test
    void aBundleKeyAsArgumentIsWordedToo() {
        assertThat(new UiError(403, "error.needsRole", UiText.key("role.publisher")).text(messages.text("ar")))
                .isEqualTo("يتطلب هذا دور ناشر؛ اطلب من المسؤول منحك إياه إن كان ينبغي لك.");
        assertThat(UiError.forbidden("editor").text(messages.text("en")))
                .isEqualTo("This needs the editor role; ask an administrator if you should have it.");
    }

    @Test
    void theContentTypeLabelsComeFromTheModuleBundleOfTheLanguage() {
        LightModule module = new LightModuleLoader().load(ModuleSource.classpath("oicc-relations"));
        var type = module.contentType("organization").orElseThrow();
        assertThat(messages.text("en").labels().property(type, null, "name")).isEqualTo("Name");
        assertThat(messages.text("ar").labels().property(type, null, "name")).isEqualTo("الاسم");
        assertThat(messages.text("fr").labels().property(type, null, "name")).isEqualTo("Nom");
    }

    @Test
    void theBrowsersLanguageCountsWhenNobodyChose() {
        assertThat(UiLanguage.fromBrowser("ar-SA,ar;q=0.9,en;q=0.5")).isEqualTo("ar");
        assertThat(UiLanguage.fromBrowser("fr-CA")).isEqualTo("fr");
        assertThat(UiLanguage.fromBrowser("de-DE,de;q=0.9")).isEqualTo("en");
        assertThat(UiLanguage.fromBrowser("not a ;;; header")).isEqualTo("en");
        assertThat(UiLanguage.fromBrowser(null)).isEqualTo("en");
    }

    @Test
    void subscriberStatesAreWordedInTheLanguage() {
        SubscriberReports reports = new SubscriberReports() {
            @Override
            public List<SubscriberStatus> subscribers() {
                return List.of(new SubscriberStatus("two", URI.create("http://two.example"), 3, AT, AT, "refused", AT, true, 0));
            }

            @Override
            public List<ItemArrival> arrivals(String workspace, String path) {
                return List.of(new ItemArrival("two", null, 1, false), new ItemArrival("one", AT, -1, true));
            }
        };
        UiText ar = messages.text("ar");
        Map<String, Object> strip = SubscriberView.strip(ar, reports).get(0);
        assertThat(strip.get("summary")).isEqualTo("يتعذر الوصول، في الانتظار: ٣، تُعاد المحاولة (آخر تسليم " + ar.when(AT) + ")");
        assertThat(SubscriberView.arrivals(ar, reports, "organizations", "/x")).extracting(m -> m.get("text"))
                .containsExactly("آخر عملية نشر في الانتظار، وقبلها ١", "آخر عملية إلغاء نشر وصلت " + ar.when(AT));
        assertThat(SubscriberView.arrivals(messages.text("en"), reports, "organizations", "/x")).extracting(m -> m.get("text"))
                .containsExactly("latest publication waiting, 1 ahead of it", "latest unpublication arrived " + messages.text("en").when(AT));
    }
}
