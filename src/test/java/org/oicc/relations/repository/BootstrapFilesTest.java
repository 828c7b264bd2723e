package org.oicc.relations.repository;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BootstrapFilesTest {

    private static final List<String> NAMES = List.of("website.travel.about.yaml", "website.travel.yaml",
            "organizations.iula.yaml", "organizations.alecso.yaml", "readme.txt");
    private static final List<String> ORDER = List.of("organizations.alecso.yaml", "organizations.iula.yaml",
            "website.travel.yaml", "website.travel.about.yaml");

    @Test
    void listsYamlFilesOfADirectoryParentsFirst(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(dir.resolve("mgnl-bootstrap/oicc-relations"));
        for (String name : NAMES) {
            Files.writeString(folder.resolve(name), "'x': {}\n");
        }
        Files.createDirectories(folder.resolve("nested"));
        try (URLClassLoader loader = new URLClassLoader(new URL[] {dir.toUri().toURL()}, null)) {
            List<BootstrapFile> files = BootstrapFiles.fromClasspath(BootstrapFiles.MODULE_FOLDER, loader);
            assertThat(files).extracting(BootstrapFile::name).containsExactlyElementsOf(ORDER);
            assertThat(new String(files.get(0).content(), StandardCharsets.UTF_8)).isEqualTo("'x': {}\n");
        }
    }

    @Test
    void listsYamlFilesInsideAJar(@TempDir Path dir) throws Exception {
        Path jar = dir.resolve("module.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            out.putNextEntry(new JarEntry("mgnl-bootstrap/"));
            out.putNextEntry(new JarEntry("mgnl-bootstrap/oicc-relations/"));
            for (String name : NAMES) {
                out.putNextEntry(new JarEntry("mgnl-bootstrap/oicc-relations/" + name));
                out.write(("'" + name + "': {}\n").getBytes(StandardCharsets.UTF_8));
            }
            out.putNextEntry(new JarEntry("mgnl-bootstrap/oicc-relations/nested/website.x.yaml"));
            out.putNextEntry(new JarEntry("mgnl-bootstrap/other/website.y.yaml"));
        }
        try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
            List<BootstrapFile> files = BootstrapFiles.fromClasspath("mgnl-bootstrap/oicc-relations", loader);
            assertThat(files).extracting(BootstrapFile::name).containsExactlyElementsOf(ORDER);
            assertThat(files.get(1).content()).asString(StandardCharsets.UTF_8).contains("organizations.iula.yaml");
        }
    }

    @Test
    void aMissingFolderHasNoFiles() {
        assertThat(BootstrapFiles.fromClasspath("/no-such-folder/")).isEmpty();
    }
}
