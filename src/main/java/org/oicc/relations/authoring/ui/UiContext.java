package org.oicc.relations.authoring.ui;

import org.oicc.relations.authoring.publication.SubscriberReports;
import org.oicc.relations.authoring.users.Role;
import org.oicc.relations.content.ContentService;
import org.oicc.relations.content.OrderedEntries;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What every page needs: the module and its labels, content, templates, and the frame of each page. */
final class UiContext {

    static final String BASE = "/.author";
    /** Where the preview of the author side is mounted; the site's home page is shown there. */
    static final String PREVIEW_BASE = BASE + "/preview";
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'");

    final LightModule module;
    final Labels labels;
    final ContentService content;
    final UiTemplates pages = new UiTemplates();
    final SubscriberReports subscribers;

    UiContext(LightModule module, Labels labels, ContentService content, SubscriberReports subscribers) {
        this.module = module;
        this.labels = labels;
        this.content = content;
        this.subscribers = subscribers;
    }

    /** The site's home page (its root page, from the site definition) on the preview. */
    String preview() {
        String home = module.site().homePage();
        return "/".equals(home) ? PREVIEW_BASE + "/" : PREVIEW_BASE + home + ".html";
    }

    ContentTypeDefinition type(String name) {
        return module.contentType(name).orElseThrow(() -> UiError.notFound("There is no content type '" + name + "'."));
    }

    static String listUrl(ContentTypeDefinition type) {
        return BASE + "/items/" + type.name();
    }

    static String itemUrl(ContentTypeDefinition type, String item) {
        return listUrl(type) + "/" + item;
    }

    static String when(OffsetDateTime t) {
        return t == null ? "" : WHEN.format(t.withOffsetSameInstant(ZoneOffset.UTC));
    }

    /** The model every page starts from: who is logged in, the CSRF token, the navigation. */
    Map<String, Object> frame(UiSession session, String title, ContentTypeDefinition current) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("base", BASE);
        m.put("preview", preview());
        if (session != null) {
            m.put("user", session.user().name());
            m.put("roles", session.user().roles().stream().map(Role::id).toList());
            m.put("csrf", session.csrf());
            m.put("subscribers", SubscriberView.strip(subscribers));
        }
        List<Map<String, Object>> nav = new ArrayList<>();
        for (ContentTypeDefinition t : module.allContentTypes()) {
            nav.add(Map.of("href", listUrl(t), "label", labels.contentType(module, t), "current", t.equals(current)));
        }
        if (OrderedEntries.of(module).isPresent()) {
            nav.add(Map.of("href", BASE + CategoryScreen.PATH, "label", "Page order", "current", false));
        }
        nav.add(Map.of("href", BASE + PageScreens.PATH, "label", "Pages", "current", false));
        m.put("nav", nav);
        return m;
    }
}
