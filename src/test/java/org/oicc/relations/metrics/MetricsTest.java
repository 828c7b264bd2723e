package org.oicc.relations.metrics;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;

/** The meter families' names and tags, as Prometheus sees them, and the caps that keep series bounded. */
class MetricsTest {

    private final Metrics metrics = Metrics.create();

    @AfterEach
    void close() {
        metrics.close();
    }

    @Test
    void anyMethodOutsideTheKnownOnesIsCountedAsOther() {
        metrics.requests().record("pages", "BREW", 405, TimeUnit.MILLISECONDS.toNanos(3));
        metrics.requests().record("pages", "PROPFIND", 405, TimeUnit.MILLISECONDS.toNanos(3));
        metrics.requests().record("pages", "GET", 999, 1);
        assertThat(metrics.scrape()).contains(
                "http_server_requests_seconds_count{endpoint=\"pages\",method=\"OTHER\",status=\"405\"} 2\n",
                "http_server_requests_seconds_bucket{endpoint=\"pages\",method=\"OTHER\",status=\"405\",le=\"0.005\"} 2\n",
                "http_server_requests_seconds_count{endpoint=\"pages\",method=\"GET\",status=\"unknown\"} 1\n");
    }

    @Test
    void aCallerThatPassedOpenEndedNamesWouldStillStopAtTheCap() {
        for (int i = 0; i < 3 * Metrics.MAX_TAG_VALUES; i++) {
            metrics.requests().record("endpoint-" + i, "GET", 200, 1);
        }
        long series = metrics.scrape().lines().filter(l -> l.startsWith("http_server_requests_seconds_count{")).count();
        assertThat(series).isEqualTo(Metrics.MAX_TAG_VALUES);
    }

    @Test
    void cacheCountersAreReadWhenScraped() {
        long[] counts = {3, 2, 2, 1, 1, 512};
        metrics.cache("delivery", new CacheStatistics() {
            public long hits() { return counts[0]; }
            public long misses() { return counts[1]; }
            public long puts() { return counts[2]; }
            public long evictions() { return counts[3]; }
            public long refusals() { return 4; }
            public long size() { return counts[4]; }
            public long bytes() { return counts[5]; }
        });
        System.gc(); // the registry holds the statistics weakly; Metrics holds them
        assertThat(metrics.scrape()).contains("cache_gets_total{cache=\"delivery\",result=\"hit\"} 3.0\n",
                "cache_gets_total{cache=\"delivery\",result=\"miss\"} 2.0\n", "cache_puts_total{cache=\"delivery\"} 2.0\n",
                "cache_evictions_total{cache=\"delivery\"} 1.0\n", "cache_size{cache=\"delivery\"} 1.0\n",
                "relations_cache_bytes{cache=\"delivery\"} 512.0\n",
                "relations_cache_refusals_total{cache=\"delivery\"} 4.0\n");
        counts[0] = 10;
        assertThat(metrics.scrape()).contains("cache_gets_total{cache=\"delivery\",result=\"hit\"} 10.0\n");
    }

    @Test
    void theReservedQueueMetersOfASubscriber() {
        AtomicLong waiting = new AtomicLong(4);
        metrics.queue("public-1", new QueueMeters.Queue() {
            public long length() { return waiting.get(); }
            public double oldestAgeSeconds() { return waiting.get() == 0 ? 0 : 12.5; }
        });
        QueueMeters.delivery(metrics.registry(), "public-1", true);
        QueueMeters.delivery(metrics.registry(), "public-1", false);
        System.gc();
        assertThat(metrics.scrape()).contains("relations_publication_queue_length{subscriber=\"public-1\"} 4.0\n",
                "relations_publication_queue_age_seconds{subscriber=\"public-1\"} 12.5\n",
                "relations_publication_deliveries_total{outcome=\"delivered\",subscriber=\"public-1\"} 1.0\n",
                "relations_publication_deliveries_total{outcome=\"failed\",subscriber=\"public-1\"} 1.0\n");
        waiting.set(0);
        assertThat(metrics.scrape()).contains("relations_publication_queue_length{subscriber=\"public-1\"} 0.0\n",
                "relations_publication_queue_age_seconds{subscriber=\"public-1\"} 0.0\n");
    }

    @Test
    void importProgressWhileRunningAndTheTotalAfter() {
        ImportMeters.Progress progress = metrics.imports().start("organizations", 3);
        progress.itemDone();
        progress.itemDone();
        assertThat(metrics.scrape()).contains("relations_import_expected{workspace=\"organizations\"} 3.0\n",
                "relations_import_done{workspace=\"organizations\"} 2.0\n", "relations_import_items_total{workspace=\"organizations\"} 2.0\n");
        progress.close();
        try (ImportMeters.Progress second = metrics.imports().start("organizations", 1)) {
            second.itemDone();
            assertThat(metrics.scrape()).contains("relations_import_expected{workspace=\"organizations\"} 1.0\n",
                    "relations_import_done{workspace=\"organizations\"} 1.0\n", "relations_import_items_total{workspace=\"organizations\"} 3.0\n");
        }
        assertThat(metrics.scrape()).contains("relations_import_expected{workspace=\"organizations\"} 0.0\n",
                "relations_import_done{workspace=\"organizations\"} 0.0\n");
    }

    @Test
    void jvmMetersAreBound() {
        assertThat(metrics.scrape()).contains("jvm_memory_used_bytes{", "jvm_threads_live_threads ", "jvm_classes_loaded_classes ",
                "jvm_gc_", "process_uptime_seconds ", "system_cpu_count ");
    }
}
