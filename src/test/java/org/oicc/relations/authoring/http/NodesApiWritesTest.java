package org.oicc.relations.authoring.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oicc.relations.testing.SiteFixture;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/** What a Nodes API write costs and how it behaves beside another one: sessions per POST, parallel entry edits. */
class NodesApiWritesTest {

    private static final String NODES = "/.rest/nodes/v1";
    private static final String ROLE = "{\"properties\":[{\"name\":\"role\",\"type\":\"String\",\"multiple\":false,\"values\":[\"%s\"]}]}";

    @RegisterExtension
    final SiteFixture f = SiteFixture.of(b -> b.authorAndPublic().nodesApi());

    @Test
    void aPostOfAnItemPropertyOpensOneSessionAndChecksIfMatchInsideTheWrite() throws Exception {
        String etag = f.site.send("GET", NODES + "/organizations/iula", "editor", null).headers().firstValue("ETag").orElseThrow();
        String change = "{\"properties\":[{\"name\":\"acronym\",\"type\":\"String\",\"multiple\":false,\"values\":[\"%s\"]}]}";

        int before = f.site.logins.get();
        HttpResponse<String> r = f.site.send("POST", NODES + "/organizations/iula", "editor", change.formatted("UCLG"),
                Map.of("If-Match", etag));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(f.site.logins.get() - before).as("logins for one POST with If-Match").isEqualTo(1);
        // the answer is the saved node, with the ETag a next edit must send
        assertThat(r.body()).startsWith("{\"name\":\"iula\",\"type\":\"oicc:organization\",\"path\":\"/iula\"")
                .contains("{\"name\":\"acronym\",\"type\":\"String\",\"multiple\":false,\"values\":[\"UCLG\"]}");
        String next = r.headers().firstValue("ETag").orElseThrow();
        assertThat(next).isNotEqualTo(etag);

        HttpResponse<String> stale = f.site.send("POST", NODES + "/organizations/iula", "editor", change.formatted("LATE"),
                Map.of("If-Match", etag));
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(stale.body()).contains("\"code\":\"preconditionFailed\"").contains("(ETag " + next.replace("\"", "\\\"") + ")");
        assertThat(f.site.content.read("organization", "iula").property("acronym")).hasValue("UCLG");
    }

    @Test
    void anEntryPostOpensOneSessionPerWorkspaceItNeeds() throws Exception {
        int before = f.site.logins.get();
        HttpResponse<String> r = f.site.send("POST", NODES + "/organizations/iula/relationships/0", "editor", ROLE.formatted("Full member"));

        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        // the item's workspace, and those of the entries' references (categories, aims), each once
        assertThat(f.site.logins.get() - before).isEqualTo(3);
    }

    @Test
    void parallelEditsOfDifferentEntriesWithoutIfMatchAllSurvive() throws Exception {
        int entries = 3; // iula's relationships in the seed
        int rounds = 4;
        ExecutorService pool = Executors.newFixedThreadPool(entries);
        try {
            for (int round = 0; round < rounds; round++) {
                CyclicBarrier start = new CyclicBarrier(entries);
                List<Future<HttpResponse<String>>> posts = new ArrayList<>();
                for (int entry = 0; entry < entries; entry++) {
                    String path = NODES + "/organizations/iula/relationships/" + entry;
                    String body = ROLE.formatted("role " + entry + " of round " + round);
                    Callable<HttpResponse<String>> post = () -> {
                        start.await();
                        return f.site.send("POST", path, "editor", body);
                    };
                    posts.add(pool.submit(post));
                }
                for (Future<HttpResponse<String>> post : posts) {
                    assertThat(post.get().statusCode()).as(post.get().body()).isEqualTo(200);
                }
                @SuppressWarnings("unchecked")
                var stored = (List<Map<String, Object>>) f.site.content.values("organization", "iula").get("relationships");
                for (int entry = 0; entry < entries; entry++) {
                    assertThat(stored.get(entry)).containsEntry("role", "role " + entry + " of round " + round);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
