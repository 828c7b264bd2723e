package org.oicc.relations.repository;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a standalone repository must hold before the module can use it, as plain values (the
 * module's definitions are read elsewhere; this package does not know them).
 *
 * @param namespaces prefix to URI, registered when missing (e.g. {@code oicc})
 * @param workspaces created when missing (e.g. {@code organizations}, {@code website})
 * @param cndResources classpath paths of CND files, registered after Magnolia's base types
 * @param bootstrapFiles imported once each, on the first start that sees them (see
 *        {@link BootstrapFiles#fromClasspath})
 * @param bootstrapUser recorded as creator of bootstrapped content, e.g. "bootstrap"
 * @param bucketedWorkspaces those of {@code workspaces} that store their top-level items in hash
 *        buckets ({@link StoredPaths}) when they are created; an existing workspace keeps its layout
 */
public record RepositorySetup(Map<String, String> namespaces, List<String> workspaces, List<String> cndResources,
        List<BootstrapFile> bootstrapFiles, String bootstrapUser, List<String> bucketedWorkspaces) {

    public static final String DEFAULT_BOOTSTRAP_USER = "bootstrap";

    public RepositorySetup {
        namespaces = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(Objects.requireNonNull(namespaces)));
        workspaces = List.copyOf(workspaces);
        cndResources = List.copyOf(cndResources);
        bootstrapFiles = List.copyOf(bootstrapFiles);
        Objects.requireNonNull(bootstrapUser, "bootstrapUser");
        bucketedWorkspaces = List.copyOf(bucketedWorkspaces);
    }

    /** Every workspace flat. */
    public RepositorySetup(Map<String, String> namespaces, List<String> workspaces, List<String> cndResources,
            List<BootstrapFile> bootstrapFiles, String bootstrapUser) {
        this(namespaces, workspaces, cndResources, bootstrapFiles, bootstrapUser, List.of());
    }

    /** Nothing but Magnolia's base node types: enough for tests and tools. */
    public static RepositorySetup empty() {
        return new RepositorySetup(Map.of(), List.of(), List.of(), List.of(), DEFAULT_BOOTSTRAP_USER);
    }

    public RepositorySetup withBootstrapFiles(List<BootstrapFile> files) {
        return new RepositorySetup(namespaces, workspaces, cndResources, files, bootstrapUser, bucketedWorkspaces);
    }
}
