package org.oicc.relations.rendering;

import javax.jcr.Session;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real session whose node reads are counted: by path, by identifier and the root node. A walk over
 * a workspace starts at its root and reads every item; a template that asks the index reads by path
 * only the items it shows. (Reads through a node's own getNodes() are not seen, so a walk is caught
 * by its start: the root.)
 */
final class OrganizationReads {

    private static final Set<String> READS = Set.of("getNode", "getNodeByIdentifier", "getRootNode", "getItem");

    private OrganizationReads() {
    }

    static Session watch(Session session, AtomicInteger reads) {
        return (Session) Proxy.newProxyInstance(Session.class.getClassLoader(), new Class<?>[] {Session.class},
                (proxy, method, args) -> {
                    if (READS.contains(method.getName())) {
                        // the root alone counts as a whole workspace: it is where a walk starts
                        boolean root = method.getName().equals("getRootNode")
                                || (args != null && args.length == 1 && "/".equals(args[0]));
                        reads.addAndGet(root ? 1_000_000 : 1);
                    }
                    try {
                        return method.invoke(session, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
