package org.oicc.relations.authoring.ui;

import org.oicc.relations.authoring.publication.ItemArrival;
import org.oicc.relations.authoring.publication.SubscriberReports;
import org.oicc.relations.authoring.publication.SubscriberStatus;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The subscribers' state in words, for the strip on every page and the item's "Public instances" panel. */
final class SubscriberView {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private SubscriberView() {
    }

    static List<Map<String, Object>> strip(SubscriberReports reports) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SubscriberStatus s : reports.subscribers()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", s.name());
            m.put("state", s.state());
            String summary = switch (s.state()) {
                case "up-to-date" -> "up to date";
                case "waiting" -> s.waiting() + " waiting";
                default -> "unreachable, " + s.waiting() + " waiting, retrying";
            };
            m.put("summary", summary + (s.lastDelivered() == null ? "" : " (last delivery " + when(s.lastDelivered()) + ")"));
            m.put("lastError", s.retrying() || s.rejected() > 0 ? s.lastError() : "");
            m.put("lastErrorAt", s.lastErrorAt() == null ? "" : when(s.lastErrorAt()));
            out.add(m);
        }
        return out;
    }

    static List<Map<String, Object>> arrivals(SubscriberReports reports, String workspace, String path) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ItemArrival a : reports.arrivals(workspace, path)) {
            String what = a.removal() ? "unpublication" : "publication";
            String text;
            if (a.waiting()) {
                text = "latest " + what + " waiting" + (a.waitingAhead() == 0 ? ", next to go" : ", " + a.waitingAhead() + " ahead of it");
            } else if (a.arrivedAt() != null) {
                text = "latest " + what + " arrived " + when(a.arrivedAt());
            } else {
                text = "nothing sent from this author yet";
            }
            out.add(Map.of("name", a.subscriber(), "text", text));
        }
        return out;
    }

    private static String when(Instant t) {
        return WHEN.format(t);
    }
}
