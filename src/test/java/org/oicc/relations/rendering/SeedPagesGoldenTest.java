package org.oicc.relations.rendering;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.oicc.relations.testing.TestSite;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The seed pages render byte for byte as they did before category entries came from the index and
 * were bounded per category: the goldens were written by the templates that scanned every organization.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedPagesGoldenTest {

    private TestSite fixture;

    @BeforeAll
    void start(@TempDir Path data) throws IOException, InterruptedException {
        fixture = TestSite.builder().site().start(data);
    }

    @AfterAll
    void stop() {
        fixture.close();
    }

    @ParameterizedTest
    @CsvSource({"/relations.html, relations-en.html", "/ar/relations.html, relations-ar.html",
            "/fr/relations.html, relations-fr.html", "/organizations.html, organizations-en.html",
            "/ar/organizations.html, organizations-ar.html", "/organizations/iula.html, organization-iula-en.html"})
    void pageIsUnchanged(String url, String golden) throws IOException, InterruptedException {
        var response = fixture.get(url);
        assertThat(response.statusCode()).isEqualTo(200);
        // absolute links name the server's own address, whose port differs in every run
        String body = response.body().replace(fixture.base(), "{base}");
        if (Boolean.getBoolean("golden.update")) {
            // -Dgolden.update=true rewrites the goldens after an intended change; git diff shows what changed
            java.nio.file.Files.writeString(Path.of("src/test/resources/org/oicc/relations/rendering/golden", golden),
                    body, StandardCharsets.UTF_8);
        }
        assertThat(body).isEqualTo(golden(golden));
    }

    private static String golden(String name) throws IOException {
        try (InputStream in = SeedPagesGoldenTest.class.getResourceAsStream("golden/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
