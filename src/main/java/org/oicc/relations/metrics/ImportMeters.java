package org.oicc.relations.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Progress of bulk imports, per workspace: items written ({@value #ITEMS}, a counter over the
 * process's life) and, for the import under way, the items it expects and has written
 * ({@value #EXPECTED} and {@value #DONE}; both 0 when none runs). The {@code workspace} tag is a
 * workspace of the module, so its values are bounded by the light module.
 */
public final class ImportMeters {

    public static final String ITEMS = "relations.import.items";
    public static final String EXPECTED = "relations.import.expected";
    public static final String DONE = "relations.import.done";
    public static final String WORKSPACE = "workspace";

    private record Current(AtomicLong expected, AtomicLong done) {
    }

    private final MeterRegistry registry;
    /** The gauges' values per workspace, registered with the first import into it. */
    private final Map<String, Current> current = new ConcurrentHashMap<>();

    ImportMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The progress of one import into {@code workspace}; close it when the import ends (done or failed). */
    public Progress start(String workspace, long expected) {
        Current values = current.computeIfAbsent(workspace, w -> {
            Current c = new Current(new AtomicLong(), new AtomicLong());
            Gauge.builder(EXPECTED, c.expected(), AtomicLong::get).description("items the running import expects")
                    .tag(WORKSPACE, w).strongReference(true).register(registry);
            Gauge.builder(DONE, c.done(), AtomicLong::get).description("items the running import has written")
                    .tag(WORKSPACE, w).strongReference(true).register(registry);
            return c;
        });
        values.expected().set(expected);
        values.done().set(0);
        Counter items = Counter.builder(ITEMS).description("items written by imports").tag(WORKSPACE, workspace).register(registry);
        return new Progress(items, values);
    }

    /** One import's counts. */
    public static final class Progress implements AutoCloseable {

        private final Counter items;
        private final Current values;

        private Progress(Counter items, Current values) {
            this.items = items;
            this.values = values;
        }

        /** One item saved. */
        public void itemDone() {
            items.increment();
            values.done().incrementAndGet();
        }

        @Override
        public void close() {
            values.expected().set(0);
            values.done().set(0);
        }
    }
}
