package org.oicc.relations.server;

import org.oicc.relations.testing.StoredNodes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.authoring.publication.SeedVersions;
import org.oicc.relations.authoring.publication.Versions;
import org.oicc.relations.repository.Side;

import javax.jcr.Session;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first start leaves every seeded item and page with one version, the published state an
 * editor can compare with and go back to; a restart adds none.
 */
class SeedFirstVersionTest {

    @Test
    void theFirstStartGivesTheSeedOneVersionAndARestartNoMore(@TempDir Path data) throws Exception {
        try (Standalone standalone = Standalone.open(data, null)) {
            Versions versions = new Versions(standalone.sessions(), Clock.systemUTC());
            for (String[] item : List.of(new String[] {"organizations", "/iula"}, new String[] {"relationship-categories", "/membership"},
                    new String[] {"agreement-aims", "/studies-and-projects"}, new String[] {"website", "/relations"})) {
                List<Versions.Entry> list = versions.list(item[0], item[1]);
                assertThat(list).as(item[0] + ":" + item[1]).hasSize(1);
                assertThat(list.get(0).name()).isEqualTo("1.0");
                assertThat(list.get(0).publishedBy()).isEqualTo("bootstrap");
                assertThat(list.get(0).note()).isEqualTo(SeedVersions.NOTE);
                assertThat(versions.diff(item[0], item[1], "1.0")).as("the draft equals its first version").isEmpty();
            }
            Session s = standalone.sessions().login(Side.AUTHOR, "organizations");
            try {
                assertThat(StoredNodes.node(s, "/iula").hasProperty("mgnl:comment")).as("the note lives in the version only").isFalse();
            } finally {
                s.logout();
            }
        }
        try (Standalone again = Standalone.open(data, null)) {
            assertThat(new Versions(again.sessions(), Clock.systemUTC()).list("organizations", "/iula")).hasSize(1);
        }
    }
}
