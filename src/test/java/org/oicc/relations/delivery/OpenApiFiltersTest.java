package org.oicc.relations.delivery;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.DeliveryEndpointDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.LightModuleLoader;
import org.oicc.relations.definition.ModuleSource;
import org.oicc.relations.definition.PropertyType;
import org.oicc.relations.delivery.endpoint.DeliveryException;
import org.oicc.relations.delivery.endpoint.DeliverySettings;
import org.oicc.relations.delivery.openapi.OpenApiDocument;
import org.oicc.relations.delivery.query.JcrDeliveryHandler;
import org.oicc.relations.delivery.query.QueryFields;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The document and the server cannot drift: every filter the OpenAPI document offers is one the
 * delivery endpoint answers, and every filter it answers is in the document (a parameter, a
 * translation named in its parameter, or a system property named in the query's description).
 */
class OpenApiFiltersTest {

    private final LightModule module = new LightModuleLoader().load(ModuleSource.classpath("oicc-relations"));
    private final ContentLocales locales = ContentLocales.of(module);
    private final ObjectNode doc = OpenApiDocument.generate(module, locales, DeliverySettings.DEFAULTS, "test");

    @Test
    void everyDocumentedFilterIsAcceptedAndEveryAcceptedOneDocumented() {
        int endpoints = 0;
        for (var e : module.endpoints().values()) {
            if (!(e instanceof DeliveryEndpointDefinition endpoint)) {
                continue;
            }
            endpoints++;
            JsonNode query = doc.path("paths").path("/" + endpoint.path()).path("get");
            List<String> documented = new ArrayList<>();
            StringBuilder descriptions = new StringBuilder(query.path("description").asText());
            query.path("parameters").forEach(p -> {
                if ("deepObject".equals(p.path("style").asText())) {
                    documented.add(p.path("name").asText());
                    descriptions.append(' ').append(p.path("description").asText());
                }
            });
            QueryFields fields = QueryFields.of(module.contentTypeOfWorkspace(endpoint.workspace()).orElse(null), locales,
                    endpoint.orderBy());
            JcrDeliveryHandler handler = new JcrDeliveryHandler(endpoint, module, null, locales, DeliverySettings.DEFAULTS);

            for (String name : documented) {
                assertThat(fields.accepts(name)).as("%s documents %s", endpoint.path(), name).isTrue();
                assertThatCode(() -> handler.prepare("", Map.of(name, new String[] {value(fields, name)}), null))
                        .as("%s answers %s", endpoint.path(), name).doesNotThrowAnyException();
            }
            List<String> accepted = new ArrayList<>();
            fields.filterables().forEach(f -> {
                accepted.add(f.name());
                f.translations().forEach(t -> assertThat(descriptions.toString()).as(endpoint.path()).contains(t));
            });
            assertThat(documented).as(endpoint.path()).containsExactlyElementsOf(accepted);
            fields.systemFilters().forEach(s -> assertThat(query.path("description").asText()).as(endpoint.path()).contains(s));
        }
        assertThat(endpoints).isGreaterThan(1);
    }

    @Test
    void aFilterTheDocumentDoesNotOfferIsRefused() {
        DeliveryEndpointDefinition endpoint = (DeliveryEndpointDefinition) module.endpoint("delivery/organizations/v1").orElseThrow();
        JcrDeliveryHandler handler = new JcrDeliveryHandler(endpoint, module, null, locales, DeliverySettings.DEFAULTS);

        assertThatThrownBy(() -> handler.prepare("", Map.of("headquarters", new String[] {"x"}), null))
                .isInstanceOf(DeliveryException.class).hasMessageContaining("unknown property 'headquarters'");
    }

    /** A value of the property's kind, so only the name is on trial. */
    private static String value(QueryFields fields, String name) {
        return fields.filterables().stream().filter(f -> f.name().equals(name)).findFirst()
                .map(f -> f.property().type() instanceof PropertyType.Scalar s ? switch (s.kind()) {
                    case LONG -> "1";
                    case DOUBLE, DECIMAL -> "1.5";
                    case BOOLEAN -> "true";
                    case DATE -> "2020-01-01";
                    default -> "x";
                } : "x")
                .orElse("x");
    }
}
