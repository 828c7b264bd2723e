package org.oicc.relations.delivery.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.DeliveryEndpointDefinition;
import org.oicc.relations.definition.EndpointDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.RelationsViewDefinition;
import org.oicc.relations.delivery.endpoint.DeliverySettings;
import org.oicc.relations.delivery.relations.RelationsModel;

/**
 * The OpenAPI 3.0.3 description of a module's delivery endpoints, generated from its endpoint and
 * content-type definitions: nothing here is written per endpoint, so an endpoint or property added
 * in YAML shows up without a Java change. 3.0.3 rather than 3.1 because more validators, viewers and
 * client generators read it; the schemas use only what 3.0 and JSON Schema draft 4+ share.
 * Paths are relative to the server {@code /.rest}.
 */
public final class OpenApiDocument {

    /** Where the document itself is served, under {@code /.rest/}. */
    public static final String PATH = "delivery/openapi.json";

    private OpenApiDocument() {
    }

    public static ObjectNode generate(LightModule module, ContentLocales locales, DeliverySettings settings, String version) {
        ObjectNode doc = OpenApiNodes.object().put("openapi", "3.0.3");
        ObjectNode info = OpenApiNodes.object().put("title", module.name() + " delivery API").put("version", version)
                .put("description", "Magnolia delivery endpoint v2 of the light module '" + module.name() + "', with"
                        + " this runtime's documented extensions (relations view, submodel filters, ETag/304)."
                        + " Every path answers methods other than GET and HEAD with 405 and 'Allow: GET, HEAD'."
                        + " Errors are {\"error\":{\"code\",\"message\"}}.");
        info.set("contact", OpenApiNodes.object().put("name", module.name()));
        doc.set("info", info);
        // the delivery API is anonymous: no operation needs credentials
        doc.set("security", OpenApiNodes.object().arrayNode());
        ArrayNode servers = OpenApiNodes.object().arrayNode();
        servers.add(OpenApiNodes.object().put("url", "/.rest").put("description", "This server."));
        doc.set("servers", servers);

        ObjectNode paths = OpenApiNodes.object();
        ObjectNode components = OpenApiNodes.object();
        ObjectNode schemas = OpenApiNodes.object();
        components.set("schemas", schemas);
        Components.addShared(components, locales);
        ContentTypeSchemas types = new ContentTypeSchemas(locales);
        types.addAll(module.allContentTypes(), schemas);

        ArrayNode tags = OpenApiNodes.object().arrayNode();
        DeliveryPaths delivery = new DeliveryPaths(module, locales, settings.maxLimit());
        RelationsViewPaths views = new RelationsViewPaths(locales, types, settings.maxLimit());
        for (EndpointDefinition endpoint : module.endpoints().values()) {
            if (endpoint instanceof DeliveryEndpointDefinition d) {
                delivery.add(d, paths, schemas);
            } else if (endpoint instanceof RelationsViewDefinition v) {
                views.add(v, new RelationsModel(v, module), paths, schemas);
            }
            tags.add(OpenApiNodes.object().put("name", endpoint.path()).put("description", "Defined in " + endpoint.location().file()));
        }
        paths.set("/" + PATH, selfPath());
        tags.add(OpenApiNodes.object().put("name", PATH).put("description", "This document."));
        if (module.workspaces().contains(LightModule.DAM)) {
            AssetSchemas.add(schemas);
            paths.set("/dam/{key}/{fileName}", AssetSchemas.path());
            tags.add(OpenApiNodes.object().put("name", AssetSchemas.TAG).put("description", "Asset files (images) and their renditions."));
        }
        doc.set("tags", tags);
        doc.set("paths", paths);
        doc.set("components", components);
        return doc;
    }

    private static ObjectNode selfPath() {
        ObjectNode get = OpenApiNodes.object().put("operationId", "openApiDocument").put("summary", "This OpenAPI document")
                .put("description", "Generated from the light module's endpoint and content-type definitions."
                        + " Takes no parameters (any is a 400).");
        get.set("tags", OpenApiNodes.array(PATH));
        get.set("parameters", Components.parameterRefs("ifNoneMatch", "ifModifiedSince"));
        ObjectNode any = OpenApiNodes.object().put("type", "object");
        ObjectNode ok = Components.ok("An OpenAPI 3.0.3 document.", any);
        ObjectNode responses = OpenApiNodes.object();
        responses.set("200", ok);
        responses.set("304", OpenApiNodes.ref("responses", "NotModified"));
        responses.set("400", OpenApiNodes.ref("responses", "BadRequest"));
        get.set("responses", responses);
        return DeliveryPaths.pathItem(get);
    }
}
