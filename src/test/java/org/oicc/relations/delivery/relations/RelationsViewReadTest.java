package org.oicc.relations.delivery.relations;

import org.oicc.relations.testing.StoredNodes;

import org.oicc.relations.delivery.endpoint.PreparedAnswer;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.RelationsViewDefinition;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Workspace;
import javax.jcr.query.QueryManager;
import java.io.ByteArrayOutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Map;
import java.util.TimeZone;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The relations view's handler on the seed content plus one edited entry: dates, notes, fallback per
 * property, references that do not resolve, what the answer depends on and how it reads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RelationsViewReadTest {

    private static final String OBSERVER = "c0b544b5-ee85-31c9-ab75-01d19a183a9c";
    private static final String EXPERTISE = "f6ddb102-d4cd-3db2-b232-9db73ea4ea48";

    private TestSite site;
    private RelationsViewDefinition view;

    @BeforeAll
    void start(@TempDir Path data) throws RepositoryException {
        site = TestSite.builder().start(data);
        view = (RelationsViewDefinition) site.module.endpoint("delivery/relations/v1").orElseThrow();
        Session orgs = site.sessions.login(Side.AUTHOR, "organizations");
        try {
            Node relationships = StoredNodes.node(orgs, "/unicef/relationships");
            Node added = relationships.addNode("9", "mgnl:contentNode");
            added.setProperty("category", OBSERVER);
            added.setProperty("role", "Partner");
            added.setProperty("role_fr", "Partenaire");
            added.setProperty("note", "Since the 2019 summit");
            added.setProperty("note_ar", "منذ قمة 2019");
            Calendar since = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            since.clear();
            since.set(2019, Calendar.MAY, 1);
            added.setProperty("since", since);
            added.setProperty("aims", new String[] {"00000000-0000-0000-0000-000000000000", EXPERTISE, EXPERTISE});
            added.setProperty("position", 100L);
            Node dangling = relationships.addNode("10", "mgnl:contentNode");
            dangling.setProperty("category", "11111111-1111-1111-1111-111111111111");
            dangling.setProperty("role", "Nowhere");
            orgs.save();
        } finally {
            orgs.logout();
        }
    }

    @AfterAll
    void stop() {
        site.close();
    }

    @Test
    void anEntryWithDateNoteAndAimsIsWrittenInFull() throws Exception {
        JsonNode added = last(render(site.sessions, Map.of()), 2);

        assertThat(added.toString()).isEqualTo("{\"organization\":{\"@name\":\"unicef\",\"@path\":\"/unicef\","
                + "\"@id\":\"30fbd140-5295-32ef-a737-46a707be33f1\",\"name\":\"United Nations Children's Fund\","
                + "\"acronym\":\"UNICEF\",\"website\":\"https://www.unicef.org\"},\"role\":\"Partner\",\"since\":\"2019-05-01\","
                + "\"note\":\"Since the 2019 summit\",\"aims\":[{\"@id\":\"" + EXPERTISE + "\",\"title\":\"Exchange of expertise\"}]}");
    }

    @Test
    void eachPropertyFallsBackToEnglishOnItsOwn() throws Exception {
        JsonNode added = last(render(site.sessions, Map.of("lang", new String[] {"ar"})), 2);

        assertThat(added.get("role").asText()).isEqualTo("Partner");
        assertThat(added.get("note").asText()).isEqualTo("منذ قمة 2019");
        assertThat(added.get("organization").get("name").asText()).isEqualTo("منظمة الأمم المتحدة للطفولة");
    }

    @Test
    void anEntryOfAnUnknownCategoryHasNoPlace() throws Exception {
        JsonNode answer = render(site.sessions, Map.of());

        assertThat(answer.get("categories").get(2).get("entries")).hasSize(9);
        assertThat(answer.toString()).doesNotContain("Nowhere");
    }

    @Test
    void theAnswerDependsOnAllThreeWorkspacesAndOnTheLanguage() {
        RelationsViewHandler handler = handler(site.sessions);

        PreparedAnswer arabic = handler.prepare("", Map.of("lang", new String[] {"ar"}), null);
        PreparedAnswer english = handler.prepare("", Map.of(), "en-GB");
        PreparedAnswer all = handler.prepare("", Map.of("lang", new String[] {"all"}), null);

        assertThat(arabic.workspaces()).containsExactlyInAnyOrder("organizations", "relationship-categories", "agreement-aims");
        assertThat(List.of(arabic.cacheKey(), english.cacheKey(), all.cacheKey())).doesNotHaveDuplicates();
        assertThat(english.cacheKey()).isEqualTo(handler.prepare("/", Map.of(), null).cacheKey());
        assertThat(all.contentLanguage()).isEqualTo("en");
    }

    @Test
    void readsTheEntriesItWritesAndNoOtherOrganization() throws Exception {
        List<String> calls = new ArrayList<>();
        SessionProvider counting = (side, workspace) -> counting(site.sessions.login(side, workspace), workspace, calls);

        JsonNode answer = render(counting, Map.of());

        int entries = 0;
        for (JsonNode category : answer.get("categories")) {
            entries += category.get("entries").size();
        }
        // categories and aims by one query each; organizations never queried nor walked: the index
        // names the entries of each category, and each entry written is read once by its path
        assertThat(calls).filteredOn(c -> c.startsWith("createQuery"))
                .containsExactlyInAnyOrder("createQuery relationship-categories", "createQuery agreement-aims");
        assertThat(calls).filteredOn(c -> c.startsWith("getNodeByIdentifier")).isEmpty();
        assertThat(calls).filteredOn(c -> c.equals("getNode organizations")).hasSize(entries);
        assertThat(entries).isEqualTo(29);
    }

    private RelationsViewHandler handler(SessionProvider sessions) {
        // the index reads on its own; what is counted is what the view itself reads
        return new RelationsViewHandler(view, site.module, sessions, ContentLocales.of(site.module),
                site.index(), 100);
    }

    private JsonNode render(SessionProvider sessions, Map<String, String[]> params) throws Exception {
        PreparedAnswer answer = handler(sessions).prepare("", params, null);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonGenerator out = TestSite.JSON.getFactory().createGenerator(bytes)) {
            answer.body().write(out);
        }
        return TestSite.JSON.readTree(bytes.toByteArray());
    }

    private static JsonNode last(JsonNode answer, int category) {
        JsonNode entries = answer.get("categories").get(category).get("entries");
        return entries.get(entries.size() - 1);
    }

    /** A real session that notes the lookups and queries made through it. */
    private static Session counting(Session session, String workspace, List<String> calls) {
        return proxy(Session.class, session, (name, args) -> {
            if (name.equals("getNodeByIdentifier") || name.equals("getNode")) {
                calls.add(name + " " + workspace);
            }
            return null;
        }, workspace, calls);
    }

    private interface Hook {
        Object before(String method, Object[] args) throws RepositoryException;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Hook hook, String workspace, List<String> calls) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
            hook.before(method.getName(), args);
            Object result;
            try {
                result = method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
            if (result instanceof Workspace w) {
                return proxy(Workspace.class, w, (n, a) -> null, workspace, calls);
            }
            if (result instanceof QueryManager q) {
                return proxy(QueryManager.class, q, (n, a) -> {
                    if (n.equals("createQuery")) {
                        calls.add("createQuery " + workspace);
                    }
                    return null;
                }, workspace, calls);
            }
            return result;
        });
    }
}
