package org.oicc.relations.definition;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Everything the runtime read from one light module, checked. Content-type properties already carry
 * the validators of the app that edits them; endpoints are keyed by their path under {@code /.rest/};
 * templates and dialogs by their Magnolia id ({@code oicc-relations:pages/relations}); the site gives the
 * content locales and the home page; the message bundles are those of the files in use; the virtual URI
 * mappings say which page a URL without page node is ({@code /organizations/iula.html}); {@code ignored}
 * lists, with file and line, the valid Magnolia keys and decorations this runtime accepts without acting on.
 */
public record LightModule(
        String name,
        String version,
        Map<String, ContentTypeDefinition> contentTypes,
        Map<String, AppDefinition> apps,
        Map<String, EndpointDefinition> endpoints,
        Map<String, TemplateDefinition> templates,
        Map<String, DialogDefinition> dialogs,
        SiteDefinition site,
        MessageBundles messages,
        VirtualUriMappings virtualUriMappings,
        List<DefinitionProblem> ignored) {

    /** Magnolia's page workspace: pages live there although no content type declares it. */
    public static final String WEBSITE = "website";

    /**
     * Magnolia's DAM workspace: assets ({@code mgnl:asset} with a {@code jcr:content} resource) that
     * {@code asset} properties name by item key {@code jcr:<identifier>}. Used when a content type has one.
     */
    public static final String DAM = "dam";

    /** A module without templates, dialogs or site (tools and tests that need content types only). */
    public LightModule(String name, String version, Map<String, ContentTypeDefinition> contentTypes,
            Map<String, AppDefinition> apps, Map<String, EndpointDefinition> endpoints) {
        this(name, version, contentTypes, apps, endpoints, Map.of(), Map.of(), SiteDefinition.WITHOUT_SITE, MessageBundles.NONE,
                VirtualUriMappings.NONE, List.of());
    }

    public LightModule {
        // insertion order is kept so listings (health, validate) are stable and follow the files
        contentTypes = Collections.unmodifiableMap(new LinkedHashMap<>(contentTypes));
        apps = Collections.unmodifiableMap(new LinkedHashMap<>(apps));
        endpoints = Collections.unmodifiableMap(new LinkedHashMap<>(endpoints));
        templates = Collections.unmodifiableMap(new LinkedHashMap<>(templates));
        dialogs = Collections.unmodifiableMap(new LinkedHashMap<>(dialogs));
        site = site == null ? SiteDefinition.WITHOUT_SITE : site;
        messages = messages == null ? MessageBundles.NONE : messages;
        virtualUriMappings = virtualUriMappings == null ? VirtualUriMappings.NONE : virtualUriMappings;
        ignored = ignored == null ? List.of() : List.copyOf(ignored);
    }

    /** A page or component template by Magnolia id, e.g. {@code oicc-relations:pages/relations}. */
    public Optional<TemplateDefinition> template(String id) {
        return Optional.ofNullable(templates.get(id));
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

    /** The workspaces of the content types, in definition order. */
    public Set<String> contentWorkspaces() {
        Set<String> workspaces = new LinkedHashSet<>();
        contentTypes.values().stream().map(ContentTypeDefinition::workspace).forEach(workspaces::add);
        return Collections.unmodifiableSet(workspaces);
    }

    /**
     * Every workspace the module uses: those the repository must have, templates may read and the
     * change tracker watches. The answer to "which workspaces", given here only.
     */
    public Set<String> workspaces() {
        return workspacesOf(contentTypes.values(), endpoints.values());
    }

    /**
     * The content types' workspaces (in definition order), {@link #WEBSITE}, and every workspace a
     * delivery endpoint serves or resolves references in. For the loader, before the module exists.
     */
    static Set<String> workspacesOf(Collection<ContentTypeDefinition> types, Collection<EndpointDefinition> endpoints) {
        Set<String> workspaces = new LinkedHashSet<>();
        for (ContentTypeDefinition type : types) {
            if (type.workspace() != null) { // only while a broken module is still being read
                workspaces.add(type.workspace());
            }
        }
        workspaces.add(WEBSITE);
        if (types.stream().anyMatch(LightModule::hasAssets)) {
            workspaces.add(DAM);
        }
        for (EndpointDefinition endpoint : endpoints) {
            if (endpoint instanceof DeliveryEndpointDefinition delivery) {
                workspaces.add(delivery.workspace());
                delivery.references().stream().map(ReferenceDefinition::targetWorkspace).forEach(workspaces::add);
                if (!delivery.assetReferences().isEmpty()) {
                    workspaces.add(DAM);
                }
            }
        }
        return Collections.unmodifiableSet(workspaces);
    }

    /** Whether a content type has an {@code asset} property (its own or a submodel's): its module then needs {@link #DAM}. */
    public static boolean hasAssets(ContentTypeDefinition type) {
        return type.model() != null && !type.model().assetProperties().isEmpty();
    }
}
