package org.oicc.relations.content;

import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.ValidatorDefinition;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.SessionScope;
import org.oicc.relations.repository.Side;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks stored items against their content type as if an editor submitted them whole, for content
 * that did not come through the service: bootstrap files, imports. Writes nothing.
 */
final class ContentCheck {

    private final LightModule module;
    private final ItemLocator locator;
    private final SessionProvider sessions;
    private final ContentLocales locales;
    private final ValidationMessages messages;
    private final Map<ValidatorDefinition, Pattern> patterns;

    ContentCheck(LightModule module, ItemLocator locator, SessionProvider sessions, ContentLocales locales,
                 ValidationMessages messages, Map<ValidatorDefinition, Pattern> patterns) {
        this.module = module;
        this.locator = locator;
        this.sessions = sessions;
        this.locales = locales;
        this.messages = messages;
        this.patterns = patterns;
    }

    List<ValidationProblem> check(Side side, String contentType, String nameOrPath) {
        ContentTypeDefinition type = locator.type(contentType);
        ProblemCollector problems = new ProblemCollector(messages);
        try (SessionScope scope = new SessionScope(sessions, side)) {
            Node node = ItemLocator.locate(scope.session(type.workspace()), type, nameOrPath);
            new InputValidator(type.model(), type.name(), locales, patterns, new ReferenceChecker(module, scope), problems)
                    .planItem(StoredValues.of(node, type.model()), null);
            return problems.list();
        } catch (RepositoryException e) {
            throw new ContentRepositoryException("cannot check " + contentType + " " + nameOrPath, e);
        }
    }
}
