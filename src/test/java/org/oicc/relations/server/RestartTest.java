package org.oicc.relations.server;

import org.oicc.relations.testing.StoredNodes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.content.ContentService;
import org.oicc.relations.content.ItemInput;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The seed is imported on the first start only: later starts keep what editors changed. */
class RestartTest {

    @Test
    void aRestartKeepsEditsAndDoesNotReimport(@TempDir Path data) throws Exception {
        try (Standalone first = Standalone.open(data, null)) {
            assertThat(first.repository().importedAtStart()).hasSize(36);
            ContentService content = new ContentService(first.module(), first.sessions());
            content.update("organization", "iula", ItemInput.of(Map.of("name", "United Cities and Local Governments")), "editor");
            // a published item is deleted only once unpublished (probe D5): its author flag is cleared here
            javax.jcr.Session author = first.sessions().login(org.oicc.relations.repository.Side.AUTHOR, "organizations");
            try {
                StoredNodes.node(author, "/isprs").setProperty(org.oicc.relations.repository.MgnlNames.ACTIVATION_STATUS, false);
                author.save();
            } finally {
                author.logout();
            }
            content.delete("organization", "isprs", "editor");
        }

        try (Standalone second = Standalone.open(data, null)) {
            ContentService content = new ContentService(second.module(), second.sessions());
            assertThat(second.repository().importedAtStart()).isEmpty();
            assertThat(content.read("organization", "iula").property("name")).hasValue("United Cities and Local Governments");
            assertThat(content.list("organization")).hasSize(24); // the deleted item is not brought back
        }
    }

    @Test
    void aSecondOpenOnTheSameFolderFailsClearly(@TempDir Path data) {
        try (Standalone first = Standalone.open(data, null)) {
            assertThatThrownBy(() -> Standalone.open(data, null))
                    .isInstanceOf(CliError.class)
                    .hasMessage("data folder " + data.toAbsolutePath().normalize()
                            + " is in use by another process (stop it, or choose another --data)");
            assertThat(first.module().name()).isEqualTo("oicc-relations");
        }
    }
}
