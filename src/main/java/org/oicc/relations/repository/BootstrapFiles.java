package org.oicc.relations.repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Finds the {@code *.yaml} bootstrap files in a classpath folder, whether the folder is a directory
 * (IDE, {@code mvn exec:java}, tests) or lives inside a jar (the shaded standalone jar, Magnolia).
 * Files come back in import order: fewer dots first, so {@code website.travel.yaml} precedes
 * {@code website.travel.about.yaml}, then by name for a stable order.
 */
public final class BootstrapFiles {

    /** Where the module keeps its seed content, as Magnolia expects it. */
    public static final String MODULE_FOLDER = "/mgnl-bootstrap/oicc-relations/";

    public static final Comparator<BootstrapFile> IMPORT_ORDER =
            Comparator.comparingInt(BootstrapFile::depth).thenComparing(BootstrapFile::name);

    /**
     * Magnolia's security workspaces. The module's files for them (the anonymous role's read ACLs)
     * are for a Magnolia instance; the standalone keeps its users and roles in users.json.
     */
    public static final java.util.Set<String> MAGNOLIA_SECURITY_WORKSPACES = java.util.Set.of("userroles", "usergroups", "users");

    private BootstrapFiles() {
    }

    /** The module's own files the standalone imports: all but those for Magnolia's security workspaces. */
    public static List<BootstrapFile> moduleContent() {
        return fromClasspath(MODULE_FOLDER).stream().filter(f -> !forMagnoliaSecurity(f.name())).toList();
    }

    /** A file for one of {@link #MAGNOLIA_SECURITY_WORKSPACES}, by its name. */
    public static boolean forMagnoliaSecurity(String fileName) {
        int dot = fileName.indexOf('.');
        return dot > 0 && MAGNOLIA_SECURITY_WORKSPACES.contains(fileName.substring(0, dot));
    }

    /**
     * @param folder e.g. {@link #MODULE_FOLDER}; a missing folder gives an empty list
     * @throws UncheckedIOException when a file is found but cannot be read
     */
    public static List<BootstrapFile> fromClasspath(String folder, ClassLoader loader) {
        // "/*$" would match twice (the slash, then the empty end) and double the slash
        String prefix = folder.replaceAll("^/+", "").replaceAll("/+$", "") + "/";
        Map<String, BootstrapFile> files = new LinkedHashMap<>();
        try {
            for (Enumeration<URL> urls = loader.getResources(prefix); urls.hasMoreElements();) {
                URL url = urls.nextElement();
                List<BootstrapFile> found = "jar".equals(url.getProtocol()) ? fromJar(url, prefix) : fromDirectory(url);
                // First on the classpath wins, as for any resource.
                found.forEach(f -> files.putIfAbsent(f.name(), f));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list bootstrap files in " + folder, e);
        }
        List<BootstrapFile> sorted = new ArrayList<>(files.values());
        sorted.sort(IMPORT_ORDER);
        return List.copyOf(sorted);
    }

    public static List<BootstrapFile> fromClasspath(String folder) {
        return fromClasspath(folder, BootstrapFiles.class.getClassLoader());
    }

    /**
     * The {@code *.yaml} files of a folder on disk, in import order (for {@code validate --bootstrap}).
     *
     * @throws UncheckedIOException when the folder cannot be read
     */
    public static List<BootstrapFile> fromFolder(Path folder) {
        try {
            List<BootstrapFile> files = new ArrayList<>(fromDirectory(folder));
            files.sort(IMPORT_ORDER);
            return List.copyOf(files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list bootstrap files in " + folder, e);
        }
    }

    private static List<BootstrapFile> fromDirectory(URL url) throws IOException {
        try {
            return fromDirectory(Path.of(url.toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new IOException("unsupported classpath location " + url, e);
        }
    }

    private static List<BootstrapFile> fromDirectory(Path dir) throws IOException {
        List<BootstrapFile> files = new ArrayList<>();
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path p : entries.filter(Files::isRegularFile).toList()) {
                String name = p.getFileName().toString();
                if (name.endsWith(".yaml")) {
                    files.add(new BootstrapFile(name, Files.readAllBytes(p)));
                }
            }
        }
        return files;
    }

    private static List<BootstrapFile> fromJar(URL url, String prefix) throws IOException {
        JarURLConnection connection = (JarURLConnection) url.openConnection();
        connection.setUseCaches(false); // a cached JarFile would stay open (and locked on Windows)
        List<BootstrapFile> files = new ArrayList<>();
        try (JarFile jar = connection.getJarFile()) {
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
                JarEntry entry = entries.nextElement();
                String rest = entry.getName().substring(Math.min(prefix.length(), entry.getName().length()));
                if (!entry.isDirectory() && entry.getName().startsWith(prefix) && !rest.contains("/")
                        && rest.endsWith(".yaml")) {
                    try (InputStream in = jar.getInputStream(entry)) {
                        files.add(new BootstrapFile(rest, in.readAllBytes()));
                    }
                }
            }
        }
        return files;
    }
}
