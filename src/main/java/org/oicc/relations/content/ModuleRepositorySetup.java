package org.oicc.relations.content;

import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.repository.BootstrapFiles;
import org.oicc.relations.repository.JcrPaths;
import org.oicc.relations.repository.RepositorySetup;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The repository a light module needs: workspaces, namespaces and node types come from its content types. */
public final class ModuleRepositorySetup {

    /** Module node types, registered after Magnolia's own. */
    public static final String MODULE_CND = "/mgnl-nodetypes/oicc-relations.cnd";

    private ModuleRepositorySetup() {
    }

    /** Workspaces, namespaces and node types come from the light module; Java repeats none of them. */
    public static RepositorySetup of(LightModule module) {
        Map<String, String> namespaces = new LinkedHashMap<>();
        List<String> cnds = new ArrayList<>(List.of(MODULE_CND));
        for (ContentTypeDefinition type : module.allContentTypes()) {
            namespaces.putAll(type.datasource().namespaces());
            String cnd = type.datasource().nodeTypeDefinition();
            if (cnd != null && !cnds.contains(cnd)) {
                cnds.add(cnd);
            }
        }
        return new RepositorySetup(namespaces, List.copyOf(module.workspaces()), cnds,
                BootstrapFiles.moduleContent(), RepositorySetup.DEFAULT_BOOTSTRAP_USER, bucketed(module));
    }

    /**
     * The workspaces of content types whose items sit at the workspace root: their top-level items
     * go into hash buckets in a new standalone repository. Pages (a tree editors arrange) and assets
     * stay flat.
     */
    public static List<String> bucketed(LightModule module) {
        List<String> out = new ArrayList<>();
        for (ContentTypeDefinition type : module.allContentTypes()) {
            String workspace = type.workspace();
            if (JcrPaths.ROOT.equals(ItemLocator.rootPath(type)) && !LightModule.DAM.equals(workspace) && !out.contains(workspace)) {
                out.add(workspace);
            }
        }
        return out;
    }
}
