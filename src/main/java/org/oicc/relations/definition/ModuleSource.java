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

    /** Where a module jar keeps the light module's {@code module.yaml} (see pom.xml, resources). */
    static final String DESCRIPTOR_FOLDER = "/org/oicc/relations/definition/descriptors/";
    private static final String DESCRIPTOR = "module.yaml";

    private final String moduleName;
    private final Path root;
    /** The module's {@code module.yaml} when it lives outside the module folder, else null. */
    private final Path descriptor;

    private ModuleSource(String moduleName, Path root) {
        this(moduleName, root, null);
    }

    private ModuleSource(String moduleName, Path root, Path descriptor) {
        this.moduleName = moduleName;
        this.root = root;
        this.descriptor = descriptor;
    }

    /** A light module folder on disk; its name is the folder name. */
    public static ModuleSource directory(Path moduleDir) {
        if (!Files.isDirectory(moduleDir)) {
            throw new IllegalArgumentException("Light module folder not found: " + moduleDir);
        }
        return new ModuleSource(moduleDir.getFileName().toString(), moduleDir);
    }

    /**
     * The light module packaged on the classpath under {@code /<moduleName>/}. Its {@code module.yaml}
     * is either in that folder (a light module on the classpath, test fixtures) or, in the module jar,
     * under {@link #DESCRIPTOR_FOLDER}, so that Magnolia finds one descriptor only: the XML one.
     */
    public static ModuleSource classpath(String moduleName) {
        URL inFolder = ModuleSource.class.getResource("/" + moduleName + "/" + DESCRIPTOR);
        URL marker = inFolder != null ? inFolder : ModuleSource.class.getResource(DESCRIPTOR_FOLDER + moduleName + "/" + DESCRIPTOR);
        if (marker == null) {
            throw new IllegalArgumentException("Light module not on the classpath: /" + moduleName + "/" + DESCRIPTOR
                    + " or " + DESCRIPTOR_FOLDER + moduleName + "/" + DESCRIPTOR);
        }
        try {
            Path found;
            Path classpathRoot;
            if ("jar".equals(marker.getProtocol())) {
                FileSystem jar = openJar(marker);
                found = jar.getPath(marker.toURI().toString().substring(marker.toURI().toString().indexOf("!/") + 1));
                classpathRoot = jar.getPath("/");
            } else {
                found = Path.of(marker.toURI());
                // the marker's path below the classpath root has as many names as its resource name
                int depth = (inFolder != null ? 2 : DESCRIPTOR_FOLDER.split("/").length - 1 + 2);
                classpathRoot = found;
                for (int i = 0; i < depth; i++) {
                    classpathRoot = classpathRoot.getParent();
                }
            }
            Path folder = classpathRoot.resolve(moduleName);
            return new ModuleSource(moduleName, folder, inFolder != null ? null : found);
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
            return descriptor != null && folder.isEmpty() ? List.of(DESCRIPTOR) : List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            Stream<String> names = files.filter(Files::isRegularFile)
                    .map(p -> root.relativize(p).toString().replace('\\', '/'));
            if (descriptor != null && folder.isEmpty()) {
                names = Stream.concat(names, Stream.of(DESCRIPTOR));
            }
            return names.sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(String relativePath) {
        return Files.isRegularFile(resolve(relativePath));
    }

    public InputStream open(String relativePath) throws IOException {
        return Files.newInputStream(resolve(relativePath));
    }

    private Path resolve(String relativePath) {
        return descriptor != null && DESCRIPTOR.equals(relativePath) ? descriptor : root.resolve(relativePath);
    }

    @Override
    public String toString() {
        return moduleName + " (" + root.toUri() + ")";
    }
}
