package org.oicc.relations.rendering;

import org.oicc.relations.testing.StoredNodes;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.repository.Side;
import org.oicc.relations.testing.TestSite;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** Stored pages checked against the templates, as {@code validate} does for bootstrap pages. */
class PageTemplateCheckTest {

    @Test
    void theSeedPagesMatchTheTemplatesAndEachMismatchIsNamed(@TempDir Path data) throws RepositoryException {
        try (TestSite site = TestSite.builder().start(data)) {
            Session website = site.sessions.login(Side.AUTHOR, "website");
            try {
                assertThat(PageTemplateCheck.check(site.module, StoredNodes.node(website, "/relations"))).isEmpty();
                assertThat(PageTemplateCheck.check(site.module, StoredNodes.node(website, "/organizations"))).isEmpty();

                Node main = StoredNodes.node(website, "/relations/main");
                main.addNode("10", "mgnl:component").setProperty("mgnl:template", "oicc-relations:components/gone");
                main.addNode("11", "mgnl:component");
                main.addNode("12", "mgnl:component").setProperty("mgnl:template", "oicc-relations:pages/relations");
                StoredNodes.node(website, "/relations").addNode("sidebar", "mgnl:area");
                StoredNodes.node(website, "/organizations").addNode("main", "mgnl:area").addNode("00", "mgnl:component")
                        .setProperty("mgnl:template", "oicc-relations:components/text");
                StoredNodes.addTopLevel(website, "bare", "mgnl:page");

                assertThat(PageTemplateCheck.check(site.module, StoredNodes.node(website, "/relations"))).containsExactly(
                        new PageTemplateCheck.Problem("main.10.mgnl:template", "'oicc-relations:components/gone' is not a component template of the module"),
                        new PageTemplateCheck.Problem("main.11.mgnl:template", "a component needs mgnl:template"),
                        new PageTemplateCheck.Problem("main.12.mgnl:template", "'oicc-relations:pages/relations' is not a component template of the module"),
                        new PageTemplateCheck.Problem("sidebar", "area 'sidebar' is not defined in template oicc-relations:pages/relations"));
                assertThat(PageTemplateCheck.check(site.module, StoredNodes.node(website, "/organizations"))).containsExactly(
                        new PageTemplateCheck.Problem("main", "area 'main' is not defined in template oicc-relations:pages/organization"));
                assertThat(PageTemplateCheck.check(site.module, StoredNodes.node(website, "/bare"))).containsExactly(
                        new PageTemplateCheck.Problem("mgnl:template", "a page needs mgnl:template"));
            } finally {
                website.refresh(false);
                website.logout();
            }
        }
    }
}
