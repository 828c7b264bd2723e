package org.oicc.relations.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReportTest {

    private static Report.Row row(int size, String name, double rps, Double ceiling, Double peer) {
        return new Report.Row(size, name, "/x", rps, 1.5, 2.0, 3.25, 1000, 0, ceiling, peer, null);
    }

    private static Report report() {
        List<Report.Row> rows = List.of(
                row(1000, SizeRun.CEILING, 10000, null, null),
                row(1000, SizeRun.CACHED, 9000, 0.9, 4.5),
                row(1000, SizeRun.UNCACHED, 4000, 0.4, 2.0),
                row(100000, SizeRun.CEILING, 10000, null, null),
                row(100000, SizeRun.CACHED, 7000, 0.7, 3.5),
                row(100000, SizeRun.UNCACHED, 6000, 0.6, 3.0));
        List<Report.ScaleRow> scale = List.of(
                new Report.ScaleRow(1000, "bulk", 4.0, 2.0, 0, 3.0, 4.0, 8.0, 12.0, 300, 40, 30L << 20, 4_000_000, 4000, 100, 0),
                new Report.ScaleRow(100000, "bulk", 135.0, 130.0, 0, 9.0, 9.0, 17.0, 30.0, 900, 150, 120L << 20, 400_000_000, 4000, 100, 0));
        return new Report("2026-12-01T12:00:00Z", Map.of("cpus", "2"), Map.of("duration", "3s"), rows, scale,
                Targets.evaluate(rows, scale, "256m"));
    }

    @Test
    void targets_are_judged_at_the_largest_size_against_the_smallest() {
        assertThat(report().targets()).extracting(t -> t.met() + " " + t.target() + ": " + t.measured()).containsExactly(
                "false cached read >= 0.8x the ceiling (at 100000): 0.70x",
                "true uncached read >= 3x the DavEx peer (at 100000): 3.00x",
                "true query p95 <= 20 ms (at 100000): 17.0 ms",
                "true query p95 at 100000 <= 2x the same at 1000: 2.13x (17.0 / 8.0 ms)".replace("true", "false"),
                "true relations page first byte <= 200 ms uncached (at 100000): 150 ms (first after start: 900 ms)",
                "true serves the set with -Xmx256m (at 100000): every row answered, heap after GC 120 MiB",
                "false import <= 120 s (at 100000): 130.0 s (process: 135.0 s), bulk");
    }

    @Test
    void a_quick_run_says_where_it_judged_and_extrapolates_the_import() {
        List<Report.ScaleRow> scale = List.of(new Report.ScaleRow(10000, "bulk", 15.0, 10.0, 0, 3, 4, 8, 12, 300, 40, 1, 1, 1, 100, 0));
        assertThat(Targets.evaluate(List.of(), scale, "256m")).last().satisfies(t -> {
            assertThat(t.target()).isEqualTo("import <= 120 s (at 10000; the goal is at 100000)");
            assertThat(t.measured()).isEqualTo("10.0 s (process: 15.0 s), bulk; x10 linear: 100 s");
            assertThat(t.met()).isTrue();
        });
    }

    @Test
    void the_table_and_json_hold_every_row(@TempDir Path dir) throws Exception {
        Report report = report();
        ResultWriter.write(report, dir);
        String table = Files.readString(dir.resolve("bench.txt"));
        assertThat(table).contains(
                "|    1000 | read node, cached          |      9000 |     1.50 |     3.25 |     1000 |    0.90 |    4.50 | /x |",
                "|  100000 | ceiling (same bytes)       |     10000 |     1.50 |     3.25 |     1000 |         |         | /x |",
                "|  100000 |     130.0 |      769 |       9.0 |      17.0 |      30.0 |       150 ms |       900 ms |     120.0 |       4000 | bulk, process 135.0 s |",
                "- [NOT met] import <= 120 s (at 100000): 130.0 s (process: 135.0 s), bulk");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("bench.json").toFile());
        assertThat(json.get("rows")).hasSize(6);
        assertThat(json.get("rows").get(1).toString()).isEqualTo("{\"size\":1000,\"name\":\"read node, cached\",\"request\":\"/x\","
                + "\"perSecond\":9000.0,\"p50\":1.5,\"p95\":2.0,\"p99\":3.25,\"requests\":1000,\"errors\":0,"
                + "\"ratioToCeiling\":0.9,\"ratioToPeer\":4.5,\"note\":null}");
        assertThat(json.get("scale").get(1).get("importOwnSeconds").asDouble()).isEqualTo(130.0);
        Charts.write(report, dir);
        assertThat(Files.size(dir.resolve("bench.png"))).isGreaterThan(1000);
        assertThat(Files.size(dir.resolve("bench-scale.png"))).isGreaterThan(1000);
    }

    @Test
    void wrk_output_is_read_from_the_scripts_line() throws Exception {
        Wrk.Result r = Wrk.parse("Running 1s test\n  1 threads\nBENCH {\"requests\":300,\"duration_us\":1500000,\"bytes\":9000,"
                + "\"socket_errors\":1,\"status_errors\":2,\"p50\":1500,\"p95\":2500,\"p99\":9000,\"max\":12000}\n", 0);
        assertThat(r).isEqualTo(new Wrk.Result(300, 1.5, 9000, 1, 2, 1.5, 2.5, 9.0, 12.0));
        assertThat(r.perSecond()).isEqualTo(200.0);
        assertThatThrownBy(() -> Wrk.parse("unable to connect to 127.0.0.1:1 Connection refused\n", 1))
                .isInstanceOf(IOException.class).hasMessageContaining("exit 1").hasMessageContaining("Connection refused");
    }

    @Test
    void query_urls_are_distinct_and_the_warm_up_never_asks_a_measured_one() {
        List<List<String>> lists = QueryPaths.warmAndMeasure(1000, 500, 1);
        assertThat(lists.get(0)).hasSize(500).doesNotHaveDuplicates();
        assertThat(lists.get(1)).hasSize(500).doesNotHaveDuplicates().doesNotContainAnyElementsOf(lists.get(0));
        assertThat(lists.get(1).get(0)).matches("/\\.rest/delivery/organizations/v1\\?relationships\\.category=[0-9a-f-]{36}"
                + "&orderBy=(name|acronym)(%20desc)?&lang=(en|ar|fr)&limit=20&offset=\\d+");
        // a tiny set cannot have that many: all 4 categories x 4 orders x 3 languages x 1 offset, split in two
        assertThat(QueryPaths.warmAndMeasure(10, 100_000, 1)).allSatisfy(l -> assertThat(l).hasSize(24));
    }
}
