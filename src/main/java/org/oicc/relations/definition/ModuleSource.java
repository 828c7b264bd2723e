package org.oicc.relations.definition;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The files of one light module: a folder (Magnolia's {@code magnolia.resources.dir}, edited in
 * place) or the copy packaged in the module jar at {@code /<module>/}. Paths are relative to the
 * module folder with forward slashes ({@code contentTypes/organization.yaml}).
 */
public final class ModuleSource {

    private final String moduleName;
    private final Path root;

    private ModuleSource(String moduleName, Path root) {
        this.moduleName = moduleName;
        this.root = root;
    }

    /** A light module folder on disk; its name is the folder name. */
    public static ModuleSource directory(Path moduleDir) {
        if (!Files.isDirectory(moduleDir)) {
            throw new IllegalArgumentException("Light module folder not found: " + moduleDir);
        }
        return new ModuleSource(moduleDir.getFileName().toString(), moduleDir);
    }

    /** The light module packaged on the classpath under {@code /<moduleName>/}. */
    public static ModuleSource classpath(String moduleName) {
        URL marker = ModuleSource.class.getResource("/" + moduleName + "/module.yaml");
        if (marker == null) {
            throw new IllegalArgumentException("Light module not on the classpath: /" + moduleName + "/module.yaml");
        }
        try {
            if ("jar".equals(marker.getProtocol())) {
                FileSystem jar = openJar(marker);
                return new ModuleSource(moduleName, jar.getPath("/" + moduleName));
            }
            return new ModuleSource(moduleName, Path.of(marker.toURI()).getParent());
        } catch (URISyntaxException | IOException e) {
            throw new IllegalStateException("Cannot read light module from " + marker, e);
        }
    }

    private static FileSystem openJar(URL marker) throws URISyntaxException, IOException {
        try {
            return FileSystems.newFileSystem(marker.toURI(), Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(marker.toURI());
        }
    }

    public String moduleName() {
        return moduleName;
    }

    /** Every file under a folder of the module (recursively), sorted, relative to the module. */
    public List<String> list(String folder) {
        Path dir = root.resolve(folder);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String relativePath) {
        return Files.isRegularFile(root.resolve(relativePath));
    }

    public InputStream open(String relativePath) throws IOException {
        return Files.newInputStream(root.resolve(relativePath));
    }

    @Override
    public String toString() {
        return moduleName + " (" + root.toUri() + ")";
    }
}
