package org.oicc.relations.content;

import org.oicc.relations.testing.StoredNodes;

import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.LightModuleLoader;
import org.oicc.relations.definition.ModuleSource;
import org.oicc.relations.testing.TestRepository;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The real light module of this project, a test repository, a content service with a fixed clock,
 * and the assertion every validation test makes: exactly these problems, and nothing stored.
 */
final class ContentFixture implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-11-29T10:15:30Z");
    static final String WEBSITE_KEY = "oicc-relations.validation.website.absoluteHttpUrl";
    static final String EDITOR = "editor";

    final TestRepository repository;
    final LightModule module;
    final ContentService service;

    ContentFixture(Path home) throws Exception {
        this(home, new LightModuleLoader().load(ModuleSource.classpath("oicc-relations")));
    }

    ContentFixture(Path home, LightModule module) throws Exception {
        this.repository = TestRepository.empty(home);
        this.module = module;
        this.service = service(Clock.fixed(NOW, ZoneOffset.UTC));
    }

    ContentService service(Clock clock) {
        // the module's i18n bundle is written on another branch; give the one text these tests read
        ValidationMessages messages = ValidationMessages.builtIn()
                .with(Map.of(WEBSITE_KEY, "must be an absolute http(s) URL"));
        return new ContentService(module, repository, clock, new ContentLocales("en", java.util.List.of("en", "ar", "fr")), messages);
    }

    Item category(String name, String title) {
        return service.create("relationshipCategory", name, ItemInput.of(Map.of("title", title, "kind", "membership")), EDITOR);
    }

    Item aim(String name, String title) {
        return service.create("agreementAim", name, ItemInput.of(Map.of("title", title)), EDITOR);
    }

    Item organization(String name, Map<String, ?> values) {
        return service.create("organization", name, ItemInput.of(values), EDITOR);
    }

    Optional<Item> find(String type, String name) {
        try {
            return Optional.of(service.read(type, name));
        } catch (NoSuchItemException e) {
            return Optional.empty();
        }
    }

    /** The write is rejected with exactly these (path, message) pairs and the item reads back as before. */
    void assertRejected(String type, String name, Supplier<Item> write, List<List<String>> problems) {
        Optional<Item> before = find(type, name);
        ContentValidationException e = catchThrowableOfType(ContentValidationException.class, write::get);
        assertThat(e).as("write should be rejected").isNotNull();
        assertThat(e.problems()).extracting(ValidationProblem::path, ValidationProblem::message)
                .containsExactlyElementsOf(problems.stream().map(p -> tuple(p.get(0), p.get(1))).toList());
        assertThat(e.problems()).allSatisfy(p -> assertThat(p.key()).isNotBlank());
        assertThat(find(type, name)).isEqualTo(before);
    }

    static List<String> problem(String path, String message) {
        return List.of(path, message);
    }

    <T> T withSession(String workspace, SessionWork<T> work) throws RepositoryException {
        Session s = repository.login(org.oicc.relations.repository.Side.AUTHOR, workspace);
        try {
            return work.apply(s);
        } finally {
            s.logout();
        }
    }

    Node node(Session s, String path) throws RepositoryException {
        return StoredNodes.node(s, path);
    }

    interface SessionWork<T> {
        T apply(Session session) throws RepositoryException;
    }

    @Override
    public void close() {
        repository.close();
    }
}
