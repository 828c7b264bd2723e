package org.oicc.relations.authoring.ui;

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
 * English of their own.
 */
class UiBundlesTest {

    private static final Path UI = Path.of("src/main/resources/org/oicc/relations/authoring/ui");
    private static final Path JAVA = Path.of("src/main/java/org/oicc/relations/authoring");
    private static final Pattern ARG = Pattern.compile("\\{\\d}");

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
