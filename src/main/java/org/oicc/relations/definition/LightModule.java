package org.oicc.relations.definition;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the runtime read from one light module, checked. Content-type properties already carry
 * the validators of the app that edits them; endpoints are keyed by their path under {@code /.rest/}.
 */
public record LightModule(
        String name,
        String version,
        Map<String, ContentTypeDefinition> contentTypes,
        Map<String, AppDefinition> apps,
        Map<String, EndpointDefinition> endpoints) {

    public LightModule {
        // insertion order is kept so listings (health, validate) are stable and follow the files
        contentTypes = Collections.unmodifiableMap(new LinkedHashMap<>(contentTypes));
        apps = Collections.unmodifiableMap(new LinkedHashMap<>(apps));
        endpoints = Collections.unmodifiableMap(new LinkedHashMap<>(endpoints));
    }

    public Optional<ContentTypeDefinition> contentType(String name) {
        return Optional.ofNullable(contentTypes.get(name));
    }

    /** The content type stored in a workspace, for code that starts from a JCR node. */
    public Optional<ContentTypeDefinition> contentTypeOfWorkspace(String workspace) {
        return contentTypes.values().stream().filter(t -> t.workspace().equals(workspace)).findFirst();
    }

    /** The endpoint served at {@code /.rest/<path>}, e.g. {@code delivery/organizations/v1}. */
    public Optional<EndpointDefinition> endpoint(String path) {
        return Optional.ofNullable(endpoints.get(path));
    }

    public Collection<ContentTypeDefinition> allContentTypes() {
        return contentTypes.values();
    }
}
