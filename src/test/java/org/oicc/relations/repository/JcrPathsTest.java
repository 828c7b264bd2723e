package org.oicc.relations.repository;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Path joining and taking apart, with the workspace root handled once. */
class JcrPathsTest {

    @Test
    void childrenOfTheRootAndOfOtherNodes() {
        assertThat(JcrPaths.child("/", "iula")).isEqualTo("/iula");
        assertThat(JcrPaths.child("/travel", "about")).isEqualTo("/travel/about");
        assertThat(JcrPaths.absolute("/", "/iula")).isEqualTo("/iula");
        assertThat(JcrPaths.absolute("/orgs", "/iula")).isEqualTo("/orgs/iula");
        assertThat(JcrPaths.absolute("/orgs", "/")).isEqualTo("/orgs");
        assertThat(JcrPaths.rootOrDefault(null)).isEqualTo("/");
        assertThat(JcrPaths.rootOrDefault("")).isEqualTo("/");
    }

    @Test
    void belowAndRelativeAreStrict() {
        assertThat(JcrPaths.isBelow("/iula", "/")).isTrue();
        assertThat(JcrPaths.isBelow("/", "/")).isFalse();
        assertThat(JcrPaths.isBelow("/orgs/iula", "/orgs")).isTrue();
        assertThat(JcrPaths.isBelow("/orgs", "/orgs")).isFalse();
        assertThat(JcrPaths.isBelow("/orgsx/iula", "/orgs")).isFalse();
        assertThat(JcrPaths.relative("/", "/iula")).isEqualTo("/iula");
        assertThat(JcrPaths.relative("/orgs", "/orgs/iula/relationships")).isEqualTo("/iula/relationships");
        assertThat(JcrPaths.relative("/orgs", "/other/iula")).isNull();
    }

    @Test
    void parents() {
        assertThat(JcrPaths.parent("/iula/relationships")).isEqualTo("/iula");
        assertThat(JcrPaths.parent("/iula")).isEqualTo("/");
        assertThat(JcrPaths.parent("/")).isNull();
    }

    @Test
    void repositoryInternalsAreTheJcrAndRepSegments() {
        assertThat(JcrPaths.isRepositoryInternal("/jcr:system")).isTrue();
        assertThat(JcrPaths.isRepositoryInternal("/iula/rep:policy")).isTrue();
        assertThat(JcrPaths.isRepositoryInternal("jcr:system")).isTrue();
        assertThat(JcrPaths.isRepositoryInternal("/iula/relationships/0")).isFalse();
        assertThat(JcrPaths.isRepositoryInternal("/")).isFalse();
    }
}
