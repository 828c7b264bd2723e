package org.oicc.relations.authoring.ui;

import org.oicc.relations.authoring.publication.SubscriberReports;
import org.oicc.relations.authoring.users.Role;
import org.oicc.relations.content.ContentService;
import org.oicc.relations.content.OrderedEntries;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What every page needs: the module and its labels, content, templates, and the frame of each page. */
final class UiContext {

    static final String BASE = "/.author";
    /** Where the preview of the author side is mounted; the site's home page is shown there. */
    static final String PREVIEW_BASE = BASE + "/preview";

    final LightModule module;
    final Labels labels;
    final ContentService content;
    final UiTemplates pages = new UiTemplates();
    final SubscriberReports subscribers;
    /** The UI's words in each of its languages. */
    final UiMessages messages;
    /** Whether the Assets screen is there (the module has a {@code dam} workspace and the instance takes uploads). */
    final boolean assetsScreen;

    UiContext(LightModule module, Labels labels, ContentService content, SubscriberReports subscribers, boolean assetsScreen) {
        this.assetsScreen = assetsScreen;
        this.module = module;
        this.labels = labels;
        this.content = content;
        this.subscribers = subscribers;
        this.messages = new UiMessages(module);
    }

    /** The site's home page (its root page, from the site definition) on the preview. */
    String preview() {
        String home = module.site().homePage();
        return "/".equals(home) ? PREVIEW_BASE + "/" : PREVIEW_BASE + home + ".html";
    }

    ContentTypeDefinition type(String name) {
        return module.contentType(name).orElseThrow(() -> UiError.notFound("error.noType", name));
    }

    static String listUrl(ContentTypeDefinition type) {
        return BASE + "/items/" + type.name();
    }

    static String itemUrl(ContentTypeDefinition type, String item) {
        return listUrl(type) + "/" + item;
    }

    /**
     * The model every page starts from: who is logged in, the CSRF token, the navigation, and the
     * page's language: {@code t} (its words), {@code text} ({@link UiText}), {@code lang}, {@code dir}.
     */
    Map<String, Object> frame(UiSession session, String title, ContentTypeDefinition current) {
        return frame(session.text(), session, title, current);
    }

    /** For a page without a logged-in user (the login page, an error before login). */
    Map<String, Object> frame(UiText text, String title) {
        return frame(text, null, title, null);
    }

    private Map<String, Object> frame(UiText text, UiSession session, String title, ContentTypeDefinition current) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", title);
        m.put("t", new TextMethod(text));
        m.put("text", text);
        m.put("lang", text.language());
        m.put("dir", text.dir());
        m.put("languages", UiMessages.LANGUAGES);
        m.put("uiTexts", text.scriptJson());
        m.put("base", BASE);
        m.put("preview", preview());
        if (session != null) {
            m.put("user", session.user().name());
            m.put("roles", session.user().roles().stream().map(Role::id).toList());
            m.put("csrf", session.csrf());
            m.put("subscribers", SubscriberView.strip(text, subscribers));
        }
        List<Map<String, Object>> nav = new ArrayList<>();
        for (ContentTypeDefinition t : module.allContentTypes()) {
            nav.add(Map.of("href", listUrl(t), "label", text.labels().contentType(module, t), "current", t.equals(current)));
        }
        if (OrderedEntries.of(module).isPresent()) {
            nav.add(Map.of("href", BASE + CategoryScreen.PATH, "label", text.get("nav.order"), "current", false));
        }
        nav.add(Map.of("href", BASE + PageScreens.PATH, "label", text.get("nav.pages"), "current", false));
        if (assetsScreen) {
            nav.add(Map.of("href", BASE + AssetScreens.PATH, "label", text.get("nav.assets"), "current", false));
        }
        m.put("nav", nav);
        return m;
    }
}
