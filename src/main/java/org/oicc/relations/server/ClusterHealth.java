package org.oicc.relations.server;

import com.fasterxml.jackson.core.JsonGenerator;
import org.oicc.relations.repository.ClusterState;

import java.io.IOException;
import java.util.Map;

/**
 * The {@code "cluster"} object of a cluster node's {@code /.health}:
 * {@code {"id":"web1","author":{...},"public":{...}}}, one entry per repository of the instance, each
 * {@code {"node","syncDelayMillis","localRevision","globalRevision","behind"}} and {@code "error"}
 * when the journal could not be read. {@code behind} is 0 on a node that has applied every record
 * of the journal; it grows while the node is slow or cannot reach the database. Absent on an
 * instance that is no cluster node.
 */
final class ClusterHealth {

    private ClusterHealth() {
    }

    static void write(JsonGenerator out, String clusterId, Map<String, ClusterState> bySide) throws IOException {
        if (clusterId == null) {
            return;
        }
        out.writeObjectFieldStart("cluster");
        out.writeStringField("id", clusterId);
        for (Map.Entry<String, ClusterState> e : bySide.entrySet()) {
            ClusterState s = e.getValue();
            out.writeObjectFieldStart(e.getKey());
            out.writeStringField("node", s.nodeId());
            out.writeNumberField("syncDelayMillis", s.syncDelayMillis());
            out.writeNumberField("localRevision", s.localRevision());
            out.writeNumberField("globalRevision", s.globalRevision());
            out.writeNumberField("behind", s.behind());
            if (s.error() != null) {
                out.writeStringField("error", s.error());
            }
            out.writeEndObject();
        }
        out.writeEndObject();
    }
}
