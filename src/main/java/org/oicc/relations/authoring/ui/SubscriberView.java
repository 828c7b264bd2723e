package org.oicc.relations.authoring.ui;

import org.oicc.relations.authoring.publication.ItemArrival;
import org.oicc.relations.authoring.publication.SubscriberReports;
import org.oicc.relations.authoring.publication.SubscriberStatus;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The subscribers' state in words, for the strip on every page and the item's "Public instances" panel. */
final class SubscriberView {

    private SubscriberView() {
    }

    static List<Map<String, Object>> strip(UiText t, SubscriberReports reports) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SubscriberStatus s : reports.subscribers()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("state", s.state());
            String summary = switch (s.state()) {
                case "up-to-date" -> t.get("subscribers.upToDate");
                case "waiting" -> t.get("subscribers.waiting", s.waiting());
                default -> t.get("subscribers.unreachable", s.waiting());
            };
            m.put("summary", s.lastDelivered() == null ? summary : t.get("subscribers.lastDelivery", summary, t.when(s.lastDelivered())));
            m.put("lastError", s.retrying() || s.rejected() > 0 ? s.lastError() : "");
            m.put("lastErrorAt", s.lastErrorAt() == null ? "" : t.when(s.lastErrorAt()));
            out.add(m);
        }
        return out;
    }

    static List<Map<String, Object>> arrivals(UiText t, SubscriberReports reports, String workspace, String path) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ItemArrival a : reports.arrivals(workspace, path)) {
            String what = a.removal() ? "subscribers.unpublication" : "subscribers.publication";
            String text;
            if (a.waiting()) {
                text = a.waitingAhead() == 0 ? t.get("subscribers.nextToGo", UiText.key(what))
                        : t.get("subscribers.waitingAhead", UiText.key(what), a.waitingAhead());
            } else if (a.arrivedAt() != null) {
                text = t.get("subscribers.arrived", UiText.key(what), t.when(a.arrivedAt()));
            } else {
                text = t.get("subscribers.nothingSent");
            }
            out.add(Map.of("name", a.subscriber(), "text", text));
        }
        return out;
    }
}
