package org.oicc.relations.delivery;

import org.oicc.relations.definition.LightModuleLoader;
import org.oicc.relations.definition.ModuleSource;
import org.oicc.relations.delivery.endpoint.DeliverySettings;
import org.oicc.relations.TestTrees;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.delivery.openapi.OpenApiDocument;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The document follows the YAML: a property or an endpoint added there appears without a Java change. */
class OpenApiGenerationTest {

    @Test
    void aPropertyAndAnEndpointAddedInYamlAppear(@TempDir Path temp) throws IOException {
        Path modules = temp.resolve("light-modules");
        TestTrees.copy(Path.of("light-modules/oicc-relations"), modules.resolve("oicc-relations"));
        Path org = modules.resolve("oicc-relations/contentTypes/organization.yaml");
        Files.writeString(org, Files.readString(org).replace("    - name: acronym\n",
                "    - name: acronym\n    - name: founded\n      type: Long\n    - name: active\n      type: Boolean\n"));
        Files.writeString(modules.resolve("oicc-relations/restEndpoints/delivery/partners_v2.yaml"),
                "$type: jcrDeliveryEndpoint_v2\nworkspace: organizations\nnodeTypes:\n  - oicc:organization\nlimit: 500\n");
        LightModule module = new LightModuleLoader().load(ModuleSource.directory(modules.resolve("oicc-relations")));

        ObjectNode doc = OpenApiDocument.generate(module, ContentLocales.of(module), new DeliverySettings(200, "no-cache", List.of()), "9");

        JsonNode props = doc.get("components").get("schemas").get("organization").get("properties");
        assertThat(props.get("founded").toString()).isEqualTo("{\"type\":\"string\",\"pattern\":\"^-?[0-9]+$\","
                + "\"description\":\"A whole number, written as a string.\"}");
        assertThat(props.get("active").get("enum").toString()).isEqualTo("[\"true\",\"false\"]");
        JsonNode partners = doc.get("paths").get("/delivery/partners/v2");
        assertThat(partners.get("get").get("description").asText()).contains("References are delivered as identifiers.");
        JsonNode limit = partners.get("get").get("parameters").get(5);
        assertThat(limit.toString()).contains("\"maximum\":200", "\"default\":200");
        assertThat(partners.get("get").get("parameters").toString()).contains("\"name\":\"founded\"");
        assertThat(doc.get("paths").has("/delivery/partners/v2/{path}@nodes")).isTrue();
        assertThat(new OpenAPIV3Parser().readContents(doc.toString(), null, new ParseOptions()).getMessages()).isEmpty();
    }
}
