package org.oicc.relations.rendering;

import jakarta.servlet.http.HttpServlet;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.ModuleSource;
import org.oicc.relations.repository.SessionProvider;

import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The page runtime of one light module: its servlets for {@code /} (pages, HTML 404) and
 * {@code /.resources/*} (web resources). Templates read the public side, the website workspace and
 * the content types' workspaces.
 */
public final class Pages {

    /** Where the 404 and error pages send visitors. */
    static final String HOME = "/relations";

    private final PageServlet pages;
    private final WebResourceServlet resources;

    public Pages(LightModule module, ModuleSource source, SessionProvider sessions, ContentLocales locales) {
        Set<String> workspaces = new LinkedHashSet<>();
        workspaces.add(CmsFunctions.WEBSITE);
        module.allContentTypes().stream().map(ContentTypeDefinition::workspace).forEach(workspaces::add);
        Messages messages = new Messages(source, locales.locales(), locales.defaultLocale());
        TemplateEngine engine = new TemplateEngine(source);
        this.pages = new PageServlet(sessions, locales, workspaces, new PageResolver(module),
                new PageRenderer(module, engine, messages), new ErrorPages(messages), HOME);
        this.resources = new WebResourceServlet(source);
    }

    /** Mount at {@code /}: every path no other servlet claims. */
    public HttpServlet pageServlet() {
        return pages;
    }

    /** Mount at {@code /.resources/*}. */
    public HttpServlet resourceServlet() {
        return resources;
    }
}
