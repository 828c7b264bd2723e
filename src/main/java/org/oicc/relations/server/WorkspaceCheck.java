package org.oicc.relations.server;

import org.oicc.relations.definition.LightModule;

import org.oicc.relations.repository.Side;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.util.List;

/** Commands name workspaces; only the content types' workspaces (and their assets' dam) are the module's to read and write. */
final class WorkspaceCheck {

    private WorkspaceCheck() {
    }

    static Session login(Standalone standalone, String workspace) throws RepositoryException {
        List<String> known = new java.util.ArrayList<>(standalone.module().contentWorkspaces());
        if (standalone.module().workspaces().contains(LightModule.DAM)) {
            known.add(LightModule.DAM); // the assets the items name: exported and imported with them
        }
        if (!known.contains(workspace)) {
            throw new CliError("unknown workspace '" + workspace + "' (known: " + String.join(", ", known) + ")", 2);
        }
        return standalone.sessions().login(Side.AUTHOR, workspace);
    }
}
