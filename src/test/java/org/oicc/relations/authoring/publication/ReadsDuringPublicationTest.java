package org.oicc.relations.authoring.publication;

import org.oicc.relations.testing.SiteFixture;
import org.oicc.relations.testing.StoredNodes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.TestInstance;
import org.oicc.relations.repository.BootstrapExporter;
import org.oicc.relations.repository.Side;

import javax.jcr.Session;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Reads of the public site while publications replace the item they read (the receiver removes it
 * and imports it again in one save): every read answers 200 with the item before or after a
 * replacement — never a 404 for the moment between removal and addition, never a server error —
 * because the receiver swaps under the public repository's publication lock that the site's reads
 * hold shared.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadsDuringPublicationTest {

    private static final int REPLACEMENTS = 60;

    @RegisterExtension
    static final SiteFixture site = SiteFixture.of(b -> b.combined().site());

    @Test
    void readsDuringReplacementsAnswerTheItemBeforeOrAfterNeverMissingOrAnError() throws Exception {
        String yaml = published("uto");
        assertThat(yaml).containsPattern("(?m)^  'acronym': .+$");
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger replacements = new AtomicInteger();
        Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
        List<String> failures = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            Future<?> writer = pool.submit(() -> {
                PublicReceiver receiver = new PublicReceiver("publication");
                Session s = site.site.sessions.login(Side.PUBLIC, "organizations");
                try {
                    for (int i = 0; i < REPLACEMENTS; i++) {
                        byte[] item = yaml.replaceFirst("(?m)^  'acronym': .+$", "  'acronym': 'UTO-" + i + "'").getBytes(StandardCharsets.UTF_8);
                        receiver.put(s, "/", item);
                        replacements.incrementAndGet();
                        Thread.sleep(10); // publications come one at a time, not in a tight loop
                    }
                } finally {
                    s.logout();
                    writing.set(false);
                }
                return null;
            });
            for (int r = 0; r < 2; r++) {
                pool.submit(() -> {
                    while (writing.get()) {
                        for (String path : List.of("/.rest/delivery/organizations/v1/uto?n=" + System.nanoTime(),
                                "/organizations/uto.html?n=" + System.nanoTime())) {
                            HttpResponse<String> answer = site.site.get(path);
                            statuses.computeIfAbsent(answer.statusCode(), k -> new AtomicInteger()).incrementAndGet();
                            if (answer.statusCode() != 200) {
                                failures.add(answer.statusCode() + " " + path + " " + answer.body());
                            }
                        }
                    }
                    return null;
                });
            }
            writer.get(3, TimeUnit.MINUTES);
        } finally {
            pool.shutdown();
            assertThat(pool.awaitTermination(1, TimeUnit.MINUTES)).isTrue();
        }
        assertThat(replacements.get()).isEqualTo(REPLACEMENTS);
        assertThat(statuses.get(200)).as("reads answered").isNotNull();
        assertThat(failures).as("statuses " + statuses).isEmpty();
        assertThat(site.site.json("/.rest/delivery/organizations/v1/uto").path("acronym").asText()).isEqualTo("UTO-" + (REPLACEMENTS - 1));
    }

    /** The item's publication YAML, as the publisher exports it. */
    private String published(String name) throws Exception {
        Session s = site.site.sessions.login(Side.AUTHOR, "organizations");
        try {
            StringWriter out = new StringWriter();
            new BootstrapExporter(ItemTree::isPartOfItem, Set.of("mix:versionable")).write(StoredNodes.node(s, "/" + name), out);
            return out.toString();
        } finally {
            s.logout();
        }
    }
}
