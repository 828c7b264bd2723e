package org.oicc.relations.authoring.ui;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.content.Item;
import org.oicc.relations.definition.ModuleSource;
import org.oicc.relations.testing.TestSite;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The form is generated from the content-type definitions: controls per type, languages, and YAML-only additions. */
class AuthorFormDefinitionTest {

    @TempDir
    Path data;

    @Test
    void eachPropertyTypeGetsItsControl() throws Exception {
        try (TestSite f = TestSite.builder().authorAndPublic().authorUi().start(data)) {
            UiClient c = UiClient.loggedIn(f, "editor");
            Document iula = UiClient.html(c.get("/.author/items/organization/iula"));

            assertThat(iula.selectFirst("label[for=f-name]").text()).isEqualTo("Name (English) *");
            assertThat(iula.selectFirst("textarea#f-description")).isNotNull();
            assertThat(iula.selectFirst("#f-name_ar").attr("dir")).isEqualTo("rtl");
            assertThat(iula.selectFirst("#f-name_ar").attr("lang")).isEqualTo("ar");
            assertThat(iula.selectFirst("#f-name_ar").val()).isEqualTo("الاتحاد الدولي للسلطات المحلية");
            assertThat(iula.selectFirst("#f-name_fr").attr("dir")).isEqualTo("ltr");
            assertThat(iula.selectFirst("#f-relationships-0-since").attr("type")).isEqualTo("date");
            assertThat(iula.selectFirst("#f-relationships-0-position").attr("type")).isEqualTo("number");
            assertThat(iula.selectFirst("#f-relationships-0-position").val()).isEqualTo("3");
            // a few items to choose several of: checkboxes, the agreement's five aims ticked
            assertThat(iula.select("#f-relationships-2-aims input[type=checkbox][name=p.relationships.2.aims]")).hasSize(5);
            assertThat(iula.select("#f-relationships-2-aims input[type=checkbox][checked]")).hasSize(5);
            assertThat(iula.select("#f-relationships-0-aims input[type=checkbox][checked]")).isEmpty();
            assertThat(iula.selectFirst("#f-relationships-2-category option[selected]").text())
                    .isEqualTo("Friendship and Cooperation Agreements");
            // 25 organizations are more than a select holds: the parent is searched, never listed
            assertThat(iula.select("select#f-parent, #f-parent option")).isEmpty();
            assertThat(iula.selectFirst("input#f-parent.pick-text").attr("name")).isEqualTo("_q:p.parent:0");
            assertThat(iula.selectFirst("input[type=hidden][name=p.parent]").val()).isEmpty();
            assertThat(iula.selectFirst("#f-parent-current").text()).isEqualTo("None chosen");
            Document alecso = UiClient.html(c.get("/.author/items/organization/alecso"));
            assertThat(alecso.selectFirst("input[type=hidden][name=p.parent]").val())
                    .isEqualTo(f.content.read("organization", "league-of-arab-states").id());
            assertThat(alecso.selectFirst("#f-parent-current").text()).isEqualTo("Chosen: League of Arab States (LAS)");
            assertThat(iula.select("input.tab-radio").eachAttr("value")).containsExactly("en", "ar", "fr");
            assertThat(iula.select(".l10n-ar #f-relationships-0-role_ar")).hasSize(1);

            Document category = UiClient.html(c.get("/.author/items/relationshipCategory/membership"));
            assertThat(category.select("select#f-kind option").eachText())
                    .containsExactly("—", "Consultative status", "Membership", "Observer", "Friendship and cooperation agreement");
            assertThat(category.selectFirst("select#f-kind option[selected]").val()).isEqualTo("membership");
            assertThat(category.select(".top nav a").eachText())
                    .containsExactly("Agreement aims", "Organizations", "Relationship categories", "Page order", "Pages", "Assets", "Preview");
            assertThat(category.selectFirst(".top nav a[href$=preview/relations.html]")).isNotNull();

            Document aim = UiClient.html(c.get("/.author/items/agreementAim/exchange-of-expertise"));
            // a translated list is drawn row by row: each row holds every language's value
            assertThat(aim.select("#f-domains li.pair").size()).isEqualTo(aim.select("#f-domains input[name=p.domains_ar][dir=rtl]").size());
            assertThat(aim.select("#f-domains li.pair")).isNotEmpty();
        }
    }

    @Test
    void aPropertyAddedInYamlAppearsInTheFormAndIsSaved() throws Exception {
        Path module = copyOfTheLightModule(data.resolve("light-modules"));
        Path yaml = module.resolve("contentTypes/organization.yaml");
        String text = Files.readString(yaml, StandardCharsets.UTF_8).replace("    - name: acronym\n", """
                    - name: acronym
                    - name: headquarters
                      i18n: true
                    - name: founded
                      type: Date
                    - name: active
                      type: Boolean
                """);
        Files.writeString(yaml, text, StandardCharsets.UTF_8);

        try (TestSite f = TestSite.builder().source(ModuleSource.directory(module)).authorAndPublic().authorUi().start(data.resolve("repo"))) {
            UiClient c = UiClient.loggedIn(f, "editor");
            Document form = UiClient.html(c.get("/.author/items/organization/iula"));
            assertThat(form.selectFirst("label[for=f-headquarters]").text()).isEqualTo("headquarters (English)");
            assertThat(form.selectFirst("#f-headquarters_ar").attr("dir")).isEqualTo("rtl");
            assertThat(form.selectFirst("#f-founded").attr("type")).isEqualTo("date");
            assertThat(form.selectFirst("#f-active").attr("type")).isEqualTo("checkbox");

            HttpResponse<String> r = c.submit(form, "form#edit", Map.of("p.headquarters", "Barcelona",
                    "p.headquarters_ar", "برشلونة", "p.founded", "1913-01-01", "p.active", "true"), "save");

            assertThat(r.statusCode()).isEqualTo(303);
            Item saved = f.content.read("organization", "iula");
            assertThat(saved.property("headquarters")).hasValue("Barcelona");
            assertThat(saved.property("headquarters_ar")).hasValue("برشلونة");
            assertThat(saved.property("active")).hasValue(true);
            assertThat(saved.property("founded").map(Object::toString)).hasValue("1913-01-01T00:00Z");
            Document again = UiClient.html(c.get("/.author/items/organization/iula"));
            assertThat(again.selectFirst("#f-founded").val()).isEqualTo("1913-01-01");
            assertThat(again.selectFirst("#f-active").hasAttr("checked")).isTrue();
        }
    }

    private static Path copyOfTheLightModule(Path target) throws Exception {
        Path source = org.oicc.relations.TestTrees.LIGHT_MODULE;
        Path copy = target.resolve("oicc-relations");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Path to = copy.resolve(source.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(p, to);
                }
            }
        }
        assertThat(List.of(Files.exists(copy.resolve("contentTypes/organization.yaml")))).containsExactly(true);
        return copy;
    }
}
