package org.oicc.relations.repository;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import javax.jcr.Session;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.oicc.relations.testing.TestRepository;

import info.magnolia.context.MgnlContext;

class SessionProvidersTest {

    /** A class loader that does not know Magnolia: the standalone situation. */
    private static final ClassLoader WITHOUT_MAGNOLIA = new ClassLoader(SessionProvidersTest.class.getClassLoader()) {
        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (name.startsWith("info.magnolia.")) {
                throw new ClassNotFoundException(name);
            }
            return super.loadClass(name, resolve);
        }
    };

    @Test
    void insideMagnoliaSessionsComeFromMgnlContextAndSurviveLogout(@TempDir Path data) throws Exception {
        try (StandaloneRepository repo = TestRepository.start(data, TestRepository.standIn())) {
            MgnlContext.use(repo.jcrRepository());
            try {
                SessionProvider provider = SessionProviders.detect(() -> {
                    throw new AssertionError("no standalone repository inside Magnolia");
                });
                assertThat(provider).isInstanceOf(MagnoliaSessionProvider.class);
                Session session = provider.login(Side.PUBLIC, "website");
                assertThat(session.getWorkspace().getName()).isEqualTo("website");
                session.getRootNode().addNode("home", "mgnl:page");
                session.save();
                session.logout(); // the caller's contract; Magnolia's session must stay open
                assertThat(MgnlContext.getJCRSession("website").isLive()).isTrue();
                assertThat(provider.login(Side.AUTHOR, "website").nodeExists("/home")).isTrue();
            } finally {
                MgnlContext.use(null);
            }
        }
    }

    @Test
    void magnoliaErrorsReachTheCaller() {
        MgnlContext.use(null);
        assertThatThrownBy(() -> new MagnoliaSessionProvider().login(Side.AUTHOR, "website"))
                .hasMessageContaining("Magnolia could not open workspace 'website'");
    }

    @Test
    void outsideMagnoliaTheStandaloneProviderIsRequired(@TempDir Path data) throws Exception {
        assertThatThrownBy(() -> new MagnoliaSessionProvider(WITHOUT_MAGNOLIA))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("Not running inside Magnolia: info.magnolia.context.MgnlContext is not on the classpath");
        assertThatThrownBy(() -> SessionProviders.detect(WITHOUT_MAGNOLIA, () -> null))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no standalone repository was given");
        try (StandaloneRepository repo = TestRepository.start(data, TestRepository.standIn())) {
            StandaloneSessionProvider standalone = StandaloneSessionProvider.singleRepository(repo);
            SessionProvider provider = SessionProviders.detect(WITHOUT_MAGNOLIA, () -> standalone);
            assertThat(provider).isSameAs(standalone);
            assertThat(standalone.repository(Side.PUBLIC)).isSameAs(standalone.repository(Side.AUTHOR));
            Session session = provider.login(Side.AUTHOR, "organizations");
            try {
                assertThat(session.getUserID()).isEqualTo("admin");
                assertThat(session.getWorkspace().getName()).isEqualTo("organizations");
            } finally {
                session.logout();
            }
        }
    }
}
