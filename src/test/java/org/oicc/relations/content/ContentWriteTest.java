package org.oicc.relations.content;

import org.oicc.relations.testing.StoredNodes;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

import javax.jcr.Node;
import javax.jcr.PropertyType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oicc.relations.content.ContentFixture.NOW;
import static org.oicc.relations.content.ContentFixture.problem;

/** What successful writes store and read back: typed values, entries in order, metadata, update semantics. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentWriteTest {

    private ContentFixture f;
    private Item membership;
    private Item agreement;
    private Item planning;
    private Item environment;
    private Item arabLeague;

    @BeforeAll
    void start(@TempDir Path home) throws Exception {
        f = new ContentFixture(home);
        membership = f.category("membership", "Membership");
        agreement = f.category("agreements", "Cooperation agreements");
        planning = f.aim("planning", "Planning and housing");
        environment = f.aim("environment", "Protection of the environment");
        arabLeague = f.organization("league-of-arab-states", Map.of("name", "League of Arab States"));
    }

    @AfterAll
    void stop() {
        f.close();
    }

    @Test
    void anUpdateFromAStaleVersionIsRefusedAndChangesNothing() {
        ContentService later = f.service(Clock.fixed(NOW.plusSeconds(7200), ZoneOffset.UTC));
        Item read = f.service.create("organization", "stale", ItemInput.of(Map.of("name", "Read by two editors")), "editor");
        Item first = later.update("organization", "stale", ItemInput.of(Map.of("acronym", "FIRST")), "first", read.version());

        assertThatThrownBy(() -> later.update("organization", "stale", ItemInput.of(Map.of("acronym", "SECOND")), "second",
                read.version()))
                .isInstanceOfSatisfying(StaleItemException.class, e -> assertThat(e.current().lastModifiedBy()).isEqualTo("first"));
        assertThat(f.service.read("organization", "stale")).isEqualTo(first);
        assertThat(later.update("organization", "stale", ItemInput.of(Map.of("acronym", "SECOND")), "second", first.version())
                .property("acronym")).hasValue("SECOND");
    }

    @Test
    void createStoresTypedValuesAndSubmodelEntriesInOrder() throws Exception {
        Item alecso = f.organization("alecso", full());

        assertThat(alecso.nodeType()).isEqualTo("oicc:organization");
        assertThat(alecso.path()).isEqualTo("/alecso");
        assertThat(alecso.properties()).containsEntry("name", "Arab League Educational, Cultural and Scientific Organization")
                .containsEntry("name_ar", "المنظمة العربية للتربية والثقافة والعلوم")
                .containsEntry("parent", arabLeague.id());
        // entries without a position go last in their category (EntryPositions): one is given
        assertThat(withoutPositions(alecso.properties().get("relationships"))).isEqualTo(List.of(
                Map.of("category", membership.id(), "role", "Member", "role_ar", "عضو"),
                Map.of("category", agreement.id(), "since", OffsetDateTime.parse("1999-05-04T00:00Z"),
                        "aims", List.of(environment.id(), planning.id()))));
        assertThat(f.service.read("organization", "alecso")).isEqualTo(alecso);

        f.withSession("organizations", s -> {
            Node node = StoredNodes.node(s, "/alecso");
            assertThat(node.getProperty("parent").getType()).isEqualTo(PropertyType.STRING);
            Node entries = node.getNode("relationships");
            assertThat(entries.getPrimaryNodeType().getName()).isEqualTo("mgnl:contentNode");
            List<String> names = new ArrayList<>();
            for (javax.jcr.NodeIterator it = entries.getNodes(); it.hasNext(); ) {
                names.add(it.nextNode().getName());
            }
            assertThat(names).containsExactly("0", "1");
            return null;
        });
    }

    @Test
    void storedJcrTypesFollowTheDefinition() throws Exception {
        f.organization("alecso-types", full());
        f.withSession("organizations", s -> {
            Node entry = StoredNodes.node(s, "/alecso-types/relationships/1");
            assertThat(entry.getProperty("since").getType()).isEqualTo(PropertyType.DATE);
            assertThat(entry.getProperty("aims").isMultiple()).isTrue();
            assertThat(entry.getProperty("category").getString()).isEqualTo(agreement.id());
            return null;
        });
    }

    @Test
    void metadataIsSetOnCreate() throws Exception {
        Item item = f.organization("meta-create", Map.of("name", "Meta"));
        OffsetDateTime now = OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC);
        assertThat(item.created()).isEqualTo(now);
        assertThat(item.lastModified()).isEqualTo(now);
        assertThat(item.createdBy()).isEqualTo("editor");
        assertThat(item.lastModifiedBy()).isEqualTo("editor");
        f.withSession("organizations", s -> {
            assertThat(StoredNodes.node(s, "/meta-create").getProperty("mgnl:created").getType()).isEqualTo(PropertyType.DATE);
            return null;
        });
    }

    @Test
    void metadataOnUpdateKeepsCreatedAndMovesLastModified() {
        f.organization("meta-update", Map.of("name", "Meta"));
        ContentService later = f.service(Clock.fixed(NOW.plusSeconds(3600), ZoneOffset.UTC));
        Item item = later.update("organization", "meta-update", ItemInput.of(Map.of("acronym", "M")), "lead");
        assertThat(item.created()).isEqualTo(OffsetDateTime.ofInstant(NOW, ZoneOffset.UTC));
        assertThat(item.createdBy()).isEqualTo("editor");
        assertThat(item.lastModified()).isEqualTo(OffsetDateTime.ofInstant(NOW.plusSeconds(3600), ZoneOffset.UTC));
        assertThat(item.lastModifiedBy()).isEqualTo("lead");
    }

    @Test
    void updateKeepsPropertiesItDoesNotMention() {
        Item before = f.organization("keep", full());
        Item after = f.service.update("organization", "keep", ItemInput.of(Map.of("acronym", "ALECSO")), "editor");
        Map<String, Object> expected = new LinkedHashMap<>(before.properties());
        expected.put("acronym", "ALECSO");
        assertThat(after.properties()).isEqualTo(expected);
    }

    @Test
    void updateWithNullOrEmptyRemovesNonRequiredProperties() {
        f.organization("remove", full());
        Map<String, Object> input = new HashMap<>();
        input.put("acronym", null);
        input.put("name_ar", "");
        input.put("relationships", List.of());
        Item after = f.service.update("organization", "remove", ItemInput.of(input), "editor");
        assertThat(after.properties()).doesNotContainKeys("acronym", "name_ar", "relationships")
                .containsKeys("name", "name_fr", "parent");
    }

    @Test
    void anEntryThatCollidesGoesAfterTheHighestPositionOfAnotherItemEvenWhenThisItemHeldManyAbove() {
        Item observers = f.category("observers-order", "Observers");
        f.organization("holds-500", Map.of("name", "Holds 500",
                "relationships", List.of(Map.of("category", observers.id(), "position", 500L))));
        List<Map<String, Object>> six = new java.util.ArrayList<>();
        for (long p = 1000; p < 1006; p++) {
            six.add(Map.of("category", observers.id(), "position", p));
        }
        f.organization("held-six", Map.of("name", "Held six", "relationships", six));
        // the save drops its six (the highest of the category, more than one query page) and asks
        // for 500, which another item holds: it goes after that item's, not after nothing
        f.service.update("organization", "held-six",
                ItemInput.of(Map.of("relationships", List.of(Map.of("category", observers.id(), "position", 500L)))), "editor");
        List<?> stored = (List<?>) f.service.read("organization", "held-six").properties().get("relationships");
        assertThat(((Map<?, ?>) stored.get(0)).get("position")).isEqualTo(500L + OrderedEntries.GAP);
    }

    @Test
    void updateReplacesSubmodelEntries() throws Exception {
        f.organization("replace", full());
        f.service.update("organization", "/replace",
                ItemInput.of(Map.of("relationships", List.of(Map.of("category", agreement.id())))), "editor");
        assertThat(withoutPositions(f.service.read("organization", "replace").properties().get("relationships")))
                .isEqualTo(List.of(Map.of("category", agreement.id())));
        assertThat(f.<Boolean>withSession("organizations", s -> StoredNodes.exists(s, "/replace/relationships/1"))).isFalse();
    }

    @Test
    void updateRequiresWhatTheStoredItemLacks() throws Exception {
        f.withSession("organizations", s -> {
            StoredNodes.addTopLevel(s, "legacy", "oicc:organization");
            s.save();
            return null;
        });
        f.assertRejected("organization", "legacy",
                () -> f.service.update("organization", "legacy", ItemInput.of(Map.of("acronym", "L")), "editor"),
                List.of(problem("name", "is required")));
    }

    @Test
    void nullForAnOptionalPropertyOnCreateStoresNothing() {
        Map<String, Object> input = new HashMap<>();
        input.put("name", "Nulls");
        input.put("acronym", null);
        assertThat(f.organization("nulls", input).properties()).containsOnlyKeys("name");
    }

    @Test
    void itemsAreAddressedOnlyInsideTheRoot() {
        f.organization("addressed", Map.of("name", "Addressed"));
        assertThat(f.service.read("organization", "/addressed").name()).isEqualTo("addressed");
        for (String bad : List.of("missing", "/../addressed", "/addressed/relationships", "jcr:system", "", "/")) {
            assertThatThrownBy(() -> f.service.read("organization", bad)).as(bad).isInstanceOf(NoSuchItemException.class);
        }
        assertThatThrownBy(() -> f.service.update("organization", "missing", ItemInput.of(Map.of()), "editor"))
                .isInstanceOf(NoSuchItemException.class);
    }

    @Test
    void listGivesTheItemsOfTheTypeInOrder() {
        // other tests add categories later; the two from start-up come first, in creation order
        List<Item> categories = f.service.list("relationshipCategory");
        assertThat(categories).extracting(Item::name).startsWith("membership", "agreements");
        assertThat(categories).extracting(Item::nodeType).containsOnly("oicc:relationshipCategory");
    }

    @Test
    void deleteRemovesTheItem() {
        f.organization("gone", Map.of("name", "Gone"));
        f.service.delete("organization", "gone", "editor");
        assertThat(f.find("organization", "gone")).isEmpty();
        assertThatThrownBy(() -> f.service.delete("organization", "gone", "editor")).isInstanceOf(NoSuchItemException.class);
    }

    @Test
    void deleteIsRefusedWhileOtherItemsReferenceTheItem() throws Exception {
        Item aim = f.aim("referenced-aim", "Referenced");
        Item category = f.category("referenced-category", "Referenced");
        Item parent = f.organization("referenced-parent", Map.of("name", "Parent"));
        f.organization("referrer", Map.of("name", "Referrer", "parent", parent.id(),
                "relationships", List.of(Map.of("category", category.id(), "aims", List.of(aim.id())))));
        f.organization("self", Map.of("name", "Self"));
        // a self-reference the service refuses, as older data may still hold it
        f.withSession("organizations", s -> {
            StoredNodes.node(s, "/self").setProperty("parent", StoredNodes.node(s, "/self").getIdentifier());
            s.save();
            return null;
        });

        f.assertRejected("agreementAim", "referenced-aim", () -> delete("agreementAim", "referenced-aim"),
                List.of(problem("@id", "is still referenced by organization referrer")));
        f.assertRejected("relationshipCategory", "referenced-category", () -> delete("relationshipCategory", "referenced-category"),
                List.of(problem("@id", "is still referenced by organization referrer")));
        f.assertRejected("organization", "referenced-parent", () -> delete("organization", "referenced-parent"),
                List.of(problem("@id", "is still referenced by organization referrer")));
        f.service.delete("organization", "self", "editor");  // a self-reference does not keep an item alive
        f.service.delete("organization", "referrer", "editor");
        f.service.delete("agreementAim", "referenced-aim", "editor");
        assertThat(f.find("agreementAim", "referenced-aim")).isEmpty();
    }

    private Item delete(String type, String name) {
        f.service.delete(type, name, "editor");
        return null;
    }

    @Test
    void writesNeedAUserAndAKnownType() {
        assertThatThrownBy(() -> f.service.create("organization", "x", ItemInput.of(Map.of("name", "X")), " "))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> f.service.create("page", "x", ItemInput.of(Map.of()), "editor"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("page");
        assertThat(f.find("organization", "x")).isEmpty();
    }

    private Map<String, Object> full() {
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("name", "Arab League Educational, Cultural and Scientific Organization");
        input.put("name_ar", "المنظمة العربية للتربية والثقافة والعلوم");
        input.put("name_fr", "Organisation arabe pour l'éducation, la culture et les sciences");
        input.put("acronym", "ALECSO");
        input.put("website", "https://www.alecso.org");
        input.put("parent", arabLeague.id());
        Map<String, Object> first = new LinkedHashMap<>();
        first.put("category", membership.id());
        first.put("role", "Member");
        first.put("role_ar", "عضو");
        Map<String, Object> second = new LinkedHashMap<>();
        second.put("category", agreement.id());
        second.put("since", "1999-05-04");
        second.put("aims", List.of(environment.id(), planning.id()));
        input.put("relationships", List.of(first, second));
        return input;
    }

    /** The entries with their {@code position} checked (a whole number) and left out. */
    private static List<Map<Object, Object>> withoutPositions(Object entries) {
        List<Map<Object, Object>> out = new java.util.ArrayList<>();
        for (Object e : (List<?>) entries) {
            Map<Object, Object> copy = new java.util.LinkedHashMap<>((Map<?, ?>) e);
            assertThat(copy.remove("position")).isInstanceOf(Long.class);
            out.add(copy);
        }
        return out;
    }
}
