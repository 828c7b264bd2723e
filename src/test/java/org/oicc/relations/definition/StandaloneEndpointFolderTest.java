package org.oicc.relations.definition;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.TestTrees;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The relations view is no Magnolia endpoint type, so it lives in standalone/endpoints/, a folder
 * Magnolia does not scan; Magnolia's own endpoint types stay in restEndpoints/, where Magnolia finds them.
 */
class StandaloneEndpointFolderTest {

    private static final String VIEW = "standalone/endpoints/delivery/relations_v1.yaml";

    @TempDir
    Path temp;

    @Test
    void theShippedViewIsReadFromTheStandaloneFolderAndServedAtTheSamePath() {
        LightModule module = new LightModuleLoader().load(ModuleSource.directory(TestTrees.LIGHT_MODULE));

        EndpointDefinition view = module.endpoint("delivery/relations/v1").orElseThrow();
        assertThat(view).isInstanceOf(RelationsViewDefinition.class);
        assertThat(view.location().file()).isEqualTo(VIEW);
        assertThat(Files.exists(TestTrees.LIGHT_MODULE.resolve("restEndpoints/delivery/relations_v1.yaml"))).isFalse();
    }

    @Test
    void aRelationsViewInRestEndpointsIsAnErrorWithFileAndLine() throws IOException {
        Path module = TestTrees.copy(TestTrees.LIGHT_MODULE, temp.resolve("oicc-relations"));
        Files.move(module.resolve(VIEW), module.resolve("restEndpoints/delivery/relations_v1.yaml"));

        assertProblem(module, "restEndpoints/delivery/relations_v1.yaml:4: a oiccRelationsView_v1 is no Magnolia endpoint type: "
                + "it belongs in standalone/endpoints/, which Magnolia does not scan");
    }

    @Test
    void aMagnoliaEndpointInTheStandaloneFolderIsAnError() throws IOException {
        Path module = TestTrees.copy(TestTrees.LIGHT_MODULE, temp.resolve("oicc-relations"));
        Files.writeString(module.resolve("standalone/endpoints/delivery/more_v1.yaml"),
                "$type: jcrDeliveryEndpoint_v2\nworkspace: organizations\n");

        assertProblem(module, "standalone/endpoints/delivery/more_v1.yaml:1: a jcrDeliveryEndpoint_v2 endpoint belongs in "
                + "restEndpoints/ (Magnolia does not read standalone/endpoints/)");
    }

    private static void assertProblem(Path module, String text) {
        assertThatThrownBy(() -> new LightModuleLoader().load(ModuleSource.directory(module)))
                .isInstanceOfSatisfying(DefinitionException.class,
                        e -> assertThat(e.problems()).map(DefinitionProblem::toString).anyMatch(p -> p.contains(text)));
    }
}
