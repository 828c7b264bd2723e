package org.oicc.relations.delivery.node;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.DeliveryEndpointDefinition;
import org.oicc.relations.delivery.endpoint.Language;
import org.oicc.relations.repository.SessionScope;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.TestSite;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A scratch measurement, not a test: the CPU time of the calling thread per read-node rendering of
 * one seed item from kept snapshots (no repository read after the first), the part of an uncached
 * answer that is ours alone (no Jetty, no response cache). Rounds of {@code N} renderings; run it
 * under JFR to see what the rendering spends its time on.
 *
 * <pre>java -cp target/classes:target/test-classes:$(cat cp.txt) org.oicc.relations.delivery.node.RenderCostProbe DIR 200000 iula</pre>
 */
public final class RenderCostProbe {

    private RenderCostProbe() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createDirectories(Path.of(args[0]));
        int count = Integer.parseInt(args[1]);
        String item = "/" + (args.length > 2 ? args[2] : "iula");
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        try (TestSite site = TestSite.builder().combined().start(dir)) {
            DeliveryEndpointDefinition endpoint = RenderFixture.endpoint(site.module, "delivery/organizations/v1");
            NodeSnapshots kept = new NodeSnapshots(site.module, w -> 0, NodeSnapshots.DEFAULT_MAX_BYTES);
            NodeRenderer renderer = new NodeRenderer(endpoint, site.module, ContentLocales.of(site.module), kept);
            JsonFactory json = site.json.getFactory();
            ByteArrayOutputStream body = new ByteArrayOutputStream(8192);
            Language english = Language.of("en");
            for (int round = 0; round < 6; round++) {
                long c0 = cpu.getCurrentThreadCpuTime();
                for (int i = 0; i < count; i++) {
                    body.reset();
                    try (SessionScope sessions = SessionScope.forReading(site.sessions, Side.PUBLIC);
                         JsonGenerator out = json.createGenerator(body)) {
                        renderer.writeAt(out, item, english, sessions);
                    }
                }
                long spent = cpu.getCurrentThreadCpuTime() - c0;
                System.out.printf(Locale.ROOT, "round %d: %.2f us CPU per rendering of %s (%d bytes), snapshots read %d%n",
                        round, spent / 1000.0 / count, item, body.size(), kept.reads());
            }
        }
    }
}
