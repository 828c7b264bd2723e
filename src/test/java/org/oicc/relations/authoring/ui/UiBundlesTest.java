package org.oicc.relations.authoring.ui;

import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.PluralRules;
import com.ibm.icu.util.ULocale;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The UI's three bundles say the same things: the same keys, each with the same arguments, none
 * empty; every key a template, the Java code or a script asks for is in them; the scripts hold no
 * English of their own; each plural argument parses as ICU MessageFormat and has every form its
 * language's plural rules need (Arabic six, French three, English two).
 */
class UiBundlesTest {

    private static final Path UI = Path.of("src/main/resources/org/oicc/relations/authoring/ui");
    private static final Path JAVA = Path.of("src/main/java/org/oicc/relations/authoring");
    /** a plain argument {0}, or the start of a plural one {0,plural, (told apart: a count must stay a count) */
    private static final Pattern ARG = Pattern.compile("\\{\\d(?:,plural,)?");

    private final Map<String, Map<String, String>> bundles = UiMessages.readAll();

    @Test
    void theThreeBundlesHaveTheSameKeys() {
        Set<String> english = bundles.get("en").keySet();
        assertThat(english).hasSizeGreaterThan(200);
        for (String lang : UiMessages.LANGUAGES) {
            assertThat(bundles.get(lang).keySet()).as(lang).containsExactlyInAnyOrderElementsOf(english);
        }
    }

    @Test
    void eachTranslationHasTheArgumentsOfTheEnglishTextAndNoneIsEmpty() {
        bundles.get("en").forEach((key, en) -> {
            for (String lang : UiMessages.LANGUAGES) {
                String text = bundles.get(lang).get(key);
                assertThat(text).as(lang + " " + key).isNotBlank();
                assertThat(args(text)).as(lang + " " + key + " arguments").isEqualTo(args(en));
            }
        });
    }

    @Test
    void eachPluralArgumentHasEveryFormItsLanguageNeeds() {
        int plurals = 0;
        for (String lang : UiMessages.LANGUAGES) {
            Set<String> keywords = PluralRules.forLocale(ULocale.forLanguageTag(lang)).getKeywords();
            for (Map.Entry<String, String> e : bundles.get(lang).entrySet()) {
                if (!e.getValue().contains(",plural,")) {
                    continue;
                }
                plurals++;
                String where = lang + " " + e.getKey();
                MessagePattern parsed = new MessagePattern(e.getValue()); // throws on a malformed text
                Set<String> forms = new TreeSet<>();
                for (int i = 0; i < parsed.countParts(); i++) {
                    MessagePattern.Part part = parsed.getPart(i);
                    if (part.getType() == MessagePattern.Part.Type.ARG_SELECTOR) {
                        forms.add(parsed.getSubstring(part));
                    }
                }
                assertThat(forms).as(where).containsAll(keywords);
                assertThat(forms).as(where + ": only the language's forms or =n").allMatch(f -> keywords.contains(f) || f.matches("=\\d+"));
            }
        }
        // the counts of the UI: seconds, characters, problems, entries, matches, missing translations, items
        assertThat(plurals).isGreaterThanOrEqualTo(3 * 15);
        assertThat(PluralRules.forLocale(ULocale.forLanguageTag("ar")).getKeywords())
                .containsExactlyInAnyOrder("zero", "one", "two", "few", "many", "other");
    }

    @Test
    void everyProblemTheContentServiceNamesHasTheEditorsWords() throws IOException {
        // the service's own texts are English (its JSON APIs answer in English); the form shows problem.<key> instead
        Map<String, String> service;
        try (var in = Files.newInputStream(Path.of("src/main/resources/org/oicc/relations/content/validation-messages.properties"))) {
            service = org.oicc.relations.definition.MessageBundles.read(in);
        }
        assertThat(service).hasSizeGreaterThan(20);
        for (String key : service.keySet()) {
            String ui = "problem." + key.substring("oicc-relations.content.".length());
            for (String lang : UiMessages.LANGUAGES) {
                assertThat(bundles.get(lang)).as(lang + ": the words for " + key).containsKey(ui);
            }
        }
    }

    @Test
    void theArabicAndFrenchBundlesAreTranslatedNotCopied() {
        // a few texts are the same in every language on purpose: language names, marks, and formats
        Set<String> same = new TreeSet<>();
        bundles.get("en").forEach((key, en) -> {
            if (en.equals(bundles.get("ar").get(key)) && en.chars().anyMatch(Character::isLetter) && !key.startsWith("language.")) {
                same.add(key);
            }
        });
        assertThat(same).as("Arabic texts identical to English").isEmpty();
    }

    @Test
    void everyKeyTheTemplatesAndScriptsAskForIsInTheBundles() throws IOException {
        Set<String> asked = new TreeSet<>();
        collect(UI.resolve("templates"), Pattern.compile("\\bt\\(\"([a-zA-Z]+\\.[a-zA-Z.]*[a-zA-Z])\""), asked);
        collect(UI.resolve("static"), Pattern.compile("(?:uiText|\\bt)\\('(js\\.[a-zA-Z.]+)'"), asked);
        collect(JAVA, Pattern.compile("\\.get\\(\"([a-z]+\\.[a-zA-Z.]*[a-zA-Z])\""), asked);
        collect(JAVA, Pattern.compile("UiError(?:\\.[a-zA-Z]+)?\\((?:\\d+, )?\"([a-z]+\\.[a-zA-Z.]+)\""), asked);
        assertThat(asked).hasSizeGreaterThan(150);
        assertThat(asked).allSatisfy(key -> assertThat(bundles.get("en")).as("asked for by the code").containsKey(key));
    }

    @Test
    void theScriptsHoldNoEnglishTextOfTheirOwn() throws IOException {
        // a quoted text with a space or a capital word is a sentence; keys, selectors and shortcuts are not
        Pattern sentence = Pattern.compile("'([A-Z][a-z]+[ .…][^']*|[a-z]+ [a-z]+ [^']*)'");
        try (Stream<Path> files = Files.list(UI.resolve("static"))) {
            for (Path js : files.filter(p -> p.toString().endsWith(".js")).toList()) {
                for (String line : Files.readAllLines(js)) {
                    String code = line.replaceFirst("^\\s*//.*", "");
                    Matcher m = sentence.matcher(code);
                    assertThat(m.find() ? m.group() : null).as(js.getFileName() + ": " + line.strip()).isNull();
                }
            }
        }
    }

    private static Set<String> args(String text) {
        Set<String> out = new TreeSet<>();
        Matcher m = ARG.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static void collect(Path root, Pattern p, Set<String> into) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Matcher m = p.matcher(Files.readString(f));
                while (m.find()) {
                    into.add(m.group(1));
                }
            }
        }
    }
}
