package org.oicc.relations.server;

import org.oicc.relations.repository.Side;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.util.List;

/** Commands name workspaces; only the content types' workspaces are the module's to read and write. */
final class WorkspaceCheck {

    private WorkspaceCheck() {
    }

    static Session login(Standalone standalone, String workspace) throws RepositoryException {
        List<String> known = List.copyOf(standalone.module().contentWorkspaces());
        if (!known.contains(workspace)) {
            throw new CliError("unknown workspace '" + workspace + "' (known: " + String.join(", ", known) + ")", 2);
        }
        return standalone.sessions().login(Side.AUTHOR, workspace);
    }
}
