package org.oicc.relations.bench;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The generated file goes through the module's own import with no line rejected (the jar bench/run builds). */
class GeneratedLinesImportTest {

    @Test
    void the_import_accepts_every_generated_line(@TempDir Path dir) throws Exception {
        Path jar = Path.of(System.getProperty("standalone.jar", "../target/oicc-relations-standalone.jar"));
        assumeTrue(Files.isRegularFile(jar), "no standalone jar at " + jar + " (mvn package in the repository root)");
        Path file = dir.resolve("orgs.jsonl");
        OrganizationGenerator.write(file, 300, 5);
        Process p = new ProcessBuilder("java", "-Xmx256m", "-jar", jar.toString(), "import", file.toString(),
                "--data", dir.resolve("data").toString(), "--publish").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(out).contains("300 created, 0 replaced, 0 skipped (name exists), 0 rejected, 300 published");
        assertThat(p.exitValue()).as(out).isZero();
    }
}
