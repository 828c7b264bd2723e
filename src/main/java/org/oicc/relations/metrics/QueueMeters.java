package org.oicc.relations.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * The publication queue of each subscriber (public instance) of an author: how many publications
 * wait ({@value #LENGTH}) and how long the oldest has waited ({@value #AGE}, seconds), read at scrape
 * time, and the calls made to the subscriber ({@value #DELIVERIES}, {@code outcome=delivered|failed}).
 * The {@code subscriber} tag is the subscriber's configured name, so its values are bounded by the
 * configuration, never by requests.
 */
public final class QueueMeters {

    public static final String LENGTH = "relations.publication.queue.length";
    public static final String AGE = "relations.publication.queue.age";
    public static final String DELIVERIES = "relations.publication.deliveries";
    public static final String SUBSCRIBER = "subscriber";

    /** What a queue tells about itself; called at scrape time, so it must be cheap (no repository walk). */
    public interface Queue {

        /** Publications recorded and not yet acknowledged by the subscriber. */
        long length();

        /** Seconds since the oldest waiting publication was recorded; 0 when none waits. */
        double oldestAgeSeconds();
    }

    private QueueMeters() {
    }

    /** @param queue must be held by the caller (Micrometer keeps a weak reference): {@link Metrics#queue} does */
    static void bind(MeterRegistry registry, String subscriber, Queue queue) {
        Gauge.builder(LENGTH, queue, Queue::length).description("publications waiting for this subscriber")
                .tag(SUBSCRIBER, subscriber).register(registry);
        Gauge.builder(AGE, queue, Queue::oldestAgeSeconds).description("age of the oldest publication waiting for this subscriber")
                .baseUnit("seconds").tag(SUBSCRIBER, subscriber).register(registry);
    }

    /** One call to a subscriber: {@code delivered} when it acknowledged, else {@code failed}. */
    public static void delivery(MeterRegistry registry, String subscriber, boolean delivered) {
        Counter.builder(DELIVERIES).description("calls to a subscriber, by outcome")
                .tag(SUBSCRIBER, subscriber).tag("outcome", delivered ? "delivered" : "failed").register(registry).increment();
    }
}
