package org.oicc.relations.repository;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.Value;

/** The setup the tests share: the module's namespace, two content workspaces, a stand-in CND. */
final class TestRepositories {

    static final String OICC = "https://www.oicc.org/jcr/relations/1.0";
    static final String TEST_CND = "/org/oicc/relations/repository/test-nodetypes.cnd";

    private TestRepositories() {
    }

    static RepositorySetup setup(BootstrapFile... files) {
        return new RepositorySetup(Map.of("oicc", OICC), List.of("organizations", "website", "copy"),
                List.of(TEST_CND), List.of(files), "bootstrap");
    }

    /** Every path and property value of a workspace outside /jcr:system: "did anything change?" */
    static Map<String, String> snapshot(Session session) throws RepositoryException {
        Map<String, String> out = new TreeMap<>();
        dump(session.getRootNode(), out);
        return out;
    }

    private static void dump(Node node, Map<String, String> out) throws RepositoryException {
        if (node.getPath().startsWith("/jcr:system")) {
            return;
        }
        for (PropertyIterator it = node.getProperties(); it.hasNext();) {
            Property p = it.nextProperty();
            // Set by the repository itself (creation time, version history): not content.
            if (p.getDefinition().isProtected() && !p.getName().equals("jcr:primaryType")
                    && !p.getName().equals("jcr:mixinTypes") && !p.getName().equals("jcr:uuid")) {
                continue;
            }
            List<String> values = new ArrayList<>();
            for (Value v : p.isMultiple() ? p.getValues() : new Value[] {p.getValue()}) {
                values.add(v.getString());
            }
            out.put(p.getPath(), PropertyType.nameFromValue(p.getType()) + (p.isMultiple() ? "[]" : "") + "="
                    + String.join("|", values));
        }
        for (NodeIterator it = node.getNodes(); it.hasNext();) {
            dump(it.nextNode(), out);
        }
    }
}
