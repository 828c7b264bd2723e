package org.oicc.relations.authoring.http;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.SiteFixture;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Probe D8 and issue 13 point 2: publishes of one item are serialised with each other and with
 * editors' saves. Ten publishes at once are all answered 200 (the probe saw 500 and 502); ten edits
 * and ten publishes of one item at once are each 200 or a clear 409, never a 5xx, every edit is
 * kept, and what the public side holds is what the last publish sent.
 */
class ConcurrentPublicationTest {

    private static final String PUBLISH = "/.rest/commands/v2/default/publish";
    private static final String ACRONYM = "{\"properties\":[{\"name\":\"acronym\",\"type\":\"String\",\"multiple\":false,\"values\":[\"%s\"]}]}";

    @RegisterExtension
    final SiteFixture f = SiteFixture.of(b -> b.authorAndPublic().nodesApi());

    @Test
    void tenPublishesOfOneItemAtOnceAreAllAnswered200() throws Exception {
        String command = "{\"repository\":\"organizations\",\"path\":\"/iula\"}";
        List<HttpResponse<String>> answers = atOnce(10, i -> f.site.send("POST", PUBLISH, "publisher", command));

        assertThat(answers).allSatisfy(a -> assertThat(a.statusCode()).as(a.body()).isEqualTo(200));
        assertThat(f.site.content.read(Side.PUBLIC, "organization", "iula").property("acronym")).hasValue("IULA");
    }

    @Test
    void editsAndPublishesOfOneItemAtOnceAreNeverA5xxAndLoseNothing() throws Exception {
        String command = "{\"repository\":\"organizations\",\"path\":\"/isesco\"}";
        List<HttpResponse<String>> answers = atOnce(20, i -> i % 2 == 0
                ? f.site.send("POST", "/.rest/nodes/v1/organizations/isesco", "editor", ACRONYM.formatted("ISESCO-" + i))
                : f.site.send("POST", PUBLISH, "publisher", command));

        for (int i = 0; i < answers.size(); i++) {
            HttpResponse<String> a = answers.get(i);
            if (i % 2 == 0) {
                assertThat(a.statusCode()).as("edit %d: %s", i, a.body()).isEqualTo(200);
            } else {
                assertThat(a.statusCode()).as("publish %d: %s", i, a.body()).isIn(200, 409);
            }
        }
        String draft = String.valueOf(f.site.content.read("organization", "isesco").property("acronym").orElseThrow());
        assertThat(draft).matches("ISESCO-\\d+");
        // one more publish after the storm: the public side converges on the draft
        assertThat(f.site.send("POST", PUBLISH, "publisher", command).statusCode()).isEqualTo(200);
        assertThat(f.site.content.read(Side.PUBLIC, "organization", "isesco").property("acronym")).hasValue(draft);
    }

    private interface Request {
        HttpResponse<String> send(int i) throws Exception;
    }

    private static List<HttpResponse<String>> atOnce(int n, Request request) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CyclicBarrier start = new CyclicBarrier(n);
            List<Future<HttpResponse<String>>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                Callable<HttpResponse<String>> call = () -> {
                    start.await();
                    return request.send(index);
                };
                futures.add(pool.submit(call));
            }
            List<HttpResponse<String>> answers = new ArrayList<>();
            for (Future<HttpResponse<String>> future : futures) {
                answers.add(future.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
