package org.oicc.relations.delivery;

import org.oicc.relations.delivery.endpoint.DeliverySettings;
import org.oicc.relations.delivery.endpoint.PreparedAnswer;
import org.oicc.relations.delivery.node.RenderFixture;
import org.oicc.relations.delivery.query.JcrDeliveryHandler;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.TestSite;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reference targets are read through one session per workspace per answer, from the public side,
 * and every session is logged out when the answer is written — counted on the real repository
 * through a provider that records each login.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceSessionsTest {

    private TestSite site;

    /** Records every session it hands out. */
    private static final class Recording implements SessionProvider {
        private final SessionProvider real;
        final List<String> logins = new ArrayList<>();
        final List<Session> sessions = new ArrayList<>();

        Recording(SessionProvider real) {
            this.real = real;
        }

        @Override
        public Session login(Side side, String workspace) throws RepositoryException {
            logins.add(side + ":" + workspace);
            Session session = real.login(side, workspace);
            sessions.add(session);
            return session;
        }
    }

    @BeforeAll
    void start(@TempDir Path data) {
        site = TestSite.builder().start(data);
    }

    @AfterAll
    void stop() {
        site.close();
    }

    private String answer(Recording sessions, String subPath) throws Exception {
        JcrDeliveryHandler handler = new JcrDeliveryHandler(RenderFixture.endpoint(site.module, "delivery/organizations/v1"),
                site.module, sessions, ContentLocales.of(site.module), DeliverySettings.DEFAULTS);
        PreparedAnswer answer = handler.prepare(subPath, Map.of(), null);
        StringWriter text = new StringWriter();
        try (JsonGenerator out = RenderFixture.JSON.getFactory().createGenerator(text)) {
            answer.body().write(out);
        }
        return text.toString();
    }

    @Test
    void aPageOfOrganizationsOpensEachWorkspaceOnce() throws Exception {
        Recording sessions = new Recording(site.sessions);
        JsonNode page = RenderFixture.tree(answer(sessions, ""));
        assertThat(page.get("results").size()).isEqualTo(25);
        assertThat(sessions.logins).containsExactlyInAnyOrder(
                "PUBLIC:organizations", "PUBLIC:relationship-categories", "PUBLIC:agreement-aims");
        assertThat(sessions.sessions).noneMatch(Session::isLive);
    }

    @Test
    void aReadNodeOpensOnlyTheWorkspacesItsReferencesNeed() throws Exception {
        Recording sessions = new Recording(site.sessions);
        JsonNode node = RenderFixture.tree(answer(sessions, "/alecso"));
        assertThat(node.at("/parent/@name").asText()).isEqualTo("league-of-arab-states");
        assertThat(sessions.logins).containsExactly("PUBLIC:organizations", "PUBLIC:relationship-categories");
        assertThat(sessions.sessions).noneMatch(Session::isLive);
    }
}
