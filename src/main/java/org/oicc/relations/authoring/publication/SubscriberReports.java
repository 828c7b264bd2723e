package org.oicc.relations.authoring.publication;

import java.util.List;

/**
 * What the authoring UI and the health answer show about subscribers: their state, and per item
 * when it arrived. A combined instance publishes locally and has none.
 */
public interface SubscriberReports {

    List<SubscriberStatus> subscribers();

    /** One entry per subscriber, in configuration order. */
    List<ItemArrival> arrivals(String workspace, String path);

    SubscriberReports NONE = new SubscriberReports() {
        @Override
        public List<SubscriberStatus> subscribers() {
            return List.of();
        }

        @Override
        public List<ItemArrival> arrivals(String workspace, String path) {
            return List.of();
        }
    };
}
