package org.oicc.relations.rendering;

import org.oicc.relations.definition.AreaDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.TemplateDefinition;
import org.oicc.relations.repository.MgnlNames;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks stored pages against the module's templates, for {@code validate}: every page names a page
 * template, every area is one its page template defines, every component a component template that
 * area offers. A page that fails here would render as 404 or show nothing where a component was.
 */
public final class PageTemplateCheck {

    /** Pages live in Magnolia's website workspace. */
    public static final String WORKSPACE = CmsFunctions.WEBSITE;

    private PageTemplateCheck() {
    }

    /** @param where the problem's place below the checked page, dot-separated ({@code main.00.mgnl:template}) */
    public record Problem(String where, String message) {
    }

    public static List<Problem> check(LightModule module, Node page) throws RepositoryException {
        List<Problem> problems = new ArrayList<>();
        checkPage(module, page, "", problems);
        return problems;
    }

    private static void checkPage(LightModule module, Node page, String prefix, List<Problem> problems) throws RepositoryException {
        Optional<TemplateDefinition> template = template(module, page, TemplateDefinition.Kind.PAGE, prefix, problems);
        for (NodeIterator it = page.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            String at = prefix + child.getName();
            if (child.isNodeType(MgnlNames.PAGE)) {
                checkPage(module, child, at + ".", problems);
            } else if (child.isNodeType(MgnlNames.AREA) && template.isPresent()) {
                Optional<AreaDefinition> area = template.get().area(child.getName());
                if (area.isEmpty()) {
                    problems.add(new Problem(at, "area '" + child.getName() + "' is not defined in template " + template.get().id()));
                    continue;
                }
                for (NodeIterator c = child.getNodes(); c.hasNext();) {
                    Node component = c.nextNode();
                    String cAt = at + "." + component.getName();
                    Optional<TemplateDefinition> ct = template(module, component, TemplateDefinition.Kind.COMPONENT, cAt + ".", problems);
                    if (ct.isPresent() && !area.get().allows(ct.get().id())) {
                        problems.add(new Problem(cAt + "." + MgnlNames.TEMPLATE, "area '" + child.getName() + "' does not offer " + ct.get().id()));
                    }
                }
            }
        }
    }

    private static Optional<TemplateDefinition> template(LightModule module, Node node, TemplateDefinition.Kind kind,
            String prefix, List<Problem> problems) throws RepositoryException {
        String id = node.hasProperty(MgnlNames.TEMPLATE) ? node.getProperty(MgnlNames.TEMPLATE).getString() : null;
        Optional<TemplateDefinition> template = Optional.ofNullable(id).flatMap(module::template).filter(t -> t.kind() == kind);
        if (template.isEmpty()) {
            String what = kind == TemplateDefinition.Kind.PAGE ? "page" : "component";
            problems.add(new Problem(prefix + MgnlNames.TEMPLATE, id == null ? "a " + what + " needs mgnl:template"
                    : "'" + id + "' is not a " + what + " template of the module"));
        }
        return template;
    }
}
