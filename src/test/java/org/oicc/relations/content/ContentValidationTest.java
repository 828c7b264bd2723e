package org.oicc.relations.content;

import org.oicc.relations.testing.StoredNodes;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.oicc.relations.content.ContentFixture.problem;

/** One test per rule of the real content types: exactly the problems reported, nothing written. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentValidationTest {

    private static final String MISSING_ID = "0b6a5a9e-1111-4222-8333-944455556666";

    private ContentFixture f;
    private Item membership;
    private Item planning;
    private Item iula;

    @BeforeAll
    void start(@TempDir Path home) throws Exception {
        f = new ContentFixture(home);
        membership = f.category("membership", "Membership");
        planning = f.aim("planning", "Planning and housing");
        iula = f.organization("iula", Map.of("name", "International Union of Local Authorities", "acronym", "IULA",
                "website", "https://www.iula.org",
                "relationships", List.of(Map.of("category", membership.id(), "role", "Member"))));
    }

    @AfterAll
    void stop() {
        f.close();
    }

    @Test
    void requiredMissingOnCreate() {
        f.assertRejected("organization", "new-org", () -> f.organization("new-org", Map.of("acronym", "NO")),
                List.of(problem("name", "is required")));
    }

    @Test
    void requiredBlankOnCreate() {
        f.assertRejected("organization", "blank-org", () -> f.organization("blank-org", Map.of("name", "  ")),
                List.of(problem("name", "is required")));
    }

    @Test
    void requiredRemovedOnUpdate() {
        Map<String, Object> input = new HashMap<>();
        input.put("name", null);
        f.assertRejected("organization", "iula", () -> f.service.update("organization", "iula", ItemInput.of(input), "editor"),
                List.of(problem("name", "is required")));
    }

    @Test
    void optionNotInTheList() {
        f.assertRejected("relationshipCategory", "membership",
                () -> f.service.update("relationshipCategory", "membership", ItemInput.of(Map.of("kind", "partner")), "editor"),
                List.of(problem("kind", "must be one of consultative-status, membership, observer, cooperation-agreement")));
    }

    @Test
    void textMustBeAString() {
        f.assertRejected("organization", "iula", () -> update("acronym", 42),
                List.of(problem("acronym", "must be a text")));
    }

    @Test
    void richTextRejectsControlCharacters() {
        f.assertRejected("organization", "iula", () -> update("description_fr", "<p>a\u0000b</p>"),
                List.of(problem("description_fr", "must not contain control characters")));
    }

    @Test
    void websiteAcceptsAnAbsoluteHttpsUrl() {
        Item updated = update("website", "https://www.unicef.org");
        assertThat(updated.properties()).containsEntry("website", "https://www.unicef.org");
        update("website", "https://www.iula.org");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://x", "www.x.org", "javascript:alert(1)", "https://www.x.org/a b"})
    void websiteRejectsAnythingButAnAbsoluteHttpUrl(String website) {
        f.assertRejected("organization", "iula", () -> update("website", website),
                List.of(problem("website", "must be an absolute http(s) URL")));
    }

    @Test
    void websiteProblemCarriesTheValidatorMessageKey() {
        ContentValidationException e = org.assertj.core.api.Assertions.catchThrowableOfType(
                ContentValidationException.class, () -> update("website", "ftp://x"));
        assertThat(e.problems()).extracting(ValidationProblem::key).containsExactly(ContentFixture.WEBSITE_KEY);
    }

    @Test
    void scalarGivenForAMultipleProperty() {
        f.assertRejected("agreementAim", "planning",
                () -> f.service.update("agreementAim", "planning", ItemInput.of(Map.of("domains", "housing")), "editor"),
                List.of(problem("domains", "must be a list")));
    }

    @Test
    void listGivenForASingleProperty() {
        f.assertRejected("organization", "iula", () -> update("acronym", List.of("IULA", "UCLG")),
                List.of(problem("acronym", "must be a single value, not a list")));
    }

    @Test
    void emptyValueInsideAList() {
        f.assertRejected("agreementAim", "planning",
                () -> f.service.update("agreementAim", "planning", ItemInput.of(Map.of("domains", List.of("housing", " "))), "editor"),
                List.of(problem("domains[1]", "must not be empty")));
    }

    @Test
    void unknownProperty() {
        f.assertRejected("organization", "iula", () -> update("founded", "1913"),
                List.of(problem("founded", "is not a property of organization")));
    }

    @Test
    void metadataAndJcrPropertiesCannotBeWrittenThroughTheInput() {
        Map<String, Object> input = new java.util.LinkedHashMap<>();
        input.put("mgnl:createdBy", "someone-else");
        input.put("jcr:uuid", MISSING_ID);
        f.assertRejected("organization", "iula",
                () -> f.service.update("organization", "iula", ItemInput.of(input), "editor"),
                List.of(problem("mgnl:createdBy", "is not a property of organization"),
                        problem("jcr:uuid", "is not a property of organization")));
    }

    @Test
    void defaultServiceTakesValidatorTextsFromTheModuleBundle() {
        ContentService service = new ContentService(f.module, f.repository);
        f.assertRejected("organization", "iula",
                () -> service.update("organization", "iula", ItemInput.of(Map.of("website", "www.x.org")), "editor"),
                List.of(problem("website", "Enter an absolute http or https address, for example https://www.example.org.")));
    }

    @Test
    void unknownLocaleSuffix() {
        f.assertRejected("relationshipCategory", "membership",
                () -> f.service.update("relationshipCategory", "membership", ItemInput.of(Map.of("title_de", "Mitgliedschaft")), "editor"),
                List.of(problem("title_de", "is not a property of relationshipCategory: 'de' is not one of the content languages en, ar, fr")));
    }

    @Test
    void localeSuffixOnAPropertyThatIsNotI18n() {
        f.assertRejected("organization", "iula", () -> update("acronym_ar", "ا"),
                List.of(problem("acronym_ar", "is not a property of organization: acronym is not translatable")));
    }

    @Test
    void defaultLocaleSuffixIsNotAProperty() {
        f.assertRejected("organization", "iula", () -> update("name_en", "IULA"),
                List.of(problem("name_en", "is not a property of organization: the en text is stored as name")));
    }

    @Test
    void referenceToAMissingId() {
        f.assertRejected("organization", "iula", () -> update("parent", MISSING_ID),
                List.of(problem("parent", "no organization item with id " + MISSING_ID)));
    }

    @Test
    void aParentChainThatLoopsBackIsRefused() {
        Item child = f.organization("loop-child", Map.of("name", "Child", "parent", iula.id()));
        f.assertRejected("organization", "iula", () -> update("parent", child.id()),
                List.of(problem("parent", "would make a loop: item " + child.id() + " leads back to this item through the same property")));
        f.assertRejected("organization", "iula", () -> update("parent", iula.id()),
                List.of(problem("parent", "would make a loop: item " + iula.id() + " leads back to this item through the same property")));
    }

    @Test
    void referenceThatIsNotAnIdentifier() {
        f.assertRejected("organization", "iula", () -> update("parent", "../iula"),
                List.of(problem("parent", "must be the id of a organization item")));
    }

    @Test
    void referenceToAnItemOfAnotherContentType() {
        // the aim exists, but in another workspace: for a category it is simply not there
        f.assertRejected("organization", "iula",
                () -> update("relationships", List.of(Map.of("category", planning.id()))),
                List.of(problem("relationships[0].category", "no relationshipCategory item with id " + planning.id())));
    }

    @Test
    void referenceToANodeOfTheWrongTypeInTheTargetWorkspace() throws Exception {
        String entryId = f.withSession("organizations", s -> StoredNodes.node(s, "/iula/relationships/0").getIdentifier());
        f.assertRejected("organization", "iula", () -> update("parent", entryId),
                List.of(problem("parent", "item " + entryId + " is a mgnl:contentNode, not a organization")));
    }

    @Test
    void submodelEntryWithoutItsRequiredCategory() {
        f.assertRejected("organization", "iula",
                () -> update("relationships", List.of(Map.of("category", membership.id()), Map.of("role", "Observer"))),
                List.of(problem("relationships[1].category", "is required")));
    }

    @Test
    void submodelEntryThatIsNotAnObject() {
        f.assertRejected("organization", "iula", () -> update("relationships", List.of("membership")),
                List.of(problem("relationships[0]", "must be an object with the properties of relationship")));
    }

    @Test
    void unknownPropertyInsideASubmodelEntry() {
        f.assertRejected("organization", "iula",
                () -> update("relationships", List.of(Map.of("category", membership.id(), "rank", 1))),
                List.of(problem("relationships[0].rank", "is not a property of relationship")));
    }

    @Test
    void everyProblemIsReportedTogether() {
        Map<String, Object> input = new java.util.LinkedHashMap<>();
        input.put("acronym", "X");
        input.put("website", "www.x.org");
        input.put("name_de", "X");
        Map<String, Object> third = new java.util.LinkedHashMap<>();  // problems follow input order
        third.put("category", MISSING_ID);
        third.put("aims", List.of(planning.id(), MISSING_ID));
        input.put("relationships", List.of(
                Map.of("category", membership.id()),
                Map.of("category", membership.id(), "since", "1999-13-01"),
                third));
        f.assertRejected("organization", "many", () -> f.organization("many", input), List.of(
                problem("website", "must be an absolute http(s) URL"),
                problem("name_de", "is not a property of organization: 'de' is not one of the content languages en, ar, fr"),
                problem("relationships[1].since", "must be a date (yyyy-MM-dd) or a date-time with offset (yyyy-MM-ddTHH:mm:ss+01:00)"),
                problem("relationships[2].category", "no relationshipCategory item with id " + MISSING_ID),
                problem("relationships[2].aims[1]", "no agreementAim item with id " + MISSING_ID),
                problem("name", "is required")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"IULA", "-iula", "a/b", "a.b", "a:b", "", "ünicef"})
    void itemNameMustBeASlug(String name) {
        f.assertRejected("organization", "iula", () -> f.organization(name, Map.of("name", "X")),
                List.of(problem("@name", "must be lower-case letters, digits and hyphens, starting with a letter or digit, at most 100 characters")));
    }

    @Test
    void itemNameLongerThan100() {
        String name = "a".repeat(101);
        f.assertRejected("organization", "iula", () -> f.organization(name, Map.of("name", "X")),
                List.of(problem("@name", "must be lower-case letters, digits and hyphens, starting with a letter or digit, at most 100 characters")));
    }

    @Test
    void itemNameAlreadyTaken() {
        f.assertRejected("organization", "iula", () -> f.organization("iula", Map.of("name", "Another")),
                List.of(problem("@name", "an item named iula already exists")));
    }

    private Item update(String key, Object value) {
        return f.service.update("organization", "iula", ItemInput.of(Map.of(key, value)), "editor");
    }
}
