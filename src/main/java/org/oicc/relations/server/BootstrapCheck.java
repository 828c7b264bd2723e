package org.oicc.relations.server;

import org.oicc.relations.content.ContentService;
import org.oicc.relations.content.ModuleRepositorySetup;
import org.oicc.relations.content.ValidationProblem;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.rendering.PageTemplateCheck;
import org.oicc.relations.repository.BootstrapException;
import org.oicc.relations.repository.BootstrapFile;
import org.oicc.relations.repository.BootstrapFiles;
import org.oicc.relations.repository.BootstrapOutline;
import org.oicc.relations.repository.ImportMode;
import org.oicc.relations.repository.RepositorySetup;
import org.oicc.relations.repository.Side;
import org.oicc.relations.repository.StandaloneRepository;
import org.oicc.relations.repository.StandaloneSessionProvider;
import org.oicc.relations.repository.BootstrapImporter;

import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Checks bootstrap content the only faithful way: imports every file into a throw-away repository
 * (format, node types, uuids) and then checks each item against its content type with the same
 * content service that guards every write (required, types, options, references, validators).
 */
final class BootstrapCheck {

    private static final Pattern PATH_STEP = Pattern.compile("([^.\\[\\]]+)(?:\\[(\\d+)])?");

    private final LightModule module;

    BootstrapCheck(LightModule module) {
        this.module = module;
    }

    /** @param folder bootstrap folder, or null for the module's own files on the classpath */
    List<String> check(Path folder) throws IOException {
        // the anonymous role's ACLs are for Magnolia: this runtime has no userroles workspace to check them in
        List<BootstrapFile> files = folder == null
                ? BootstrapFiles.moduleContent()
                : BootstrapFiles.fromFolder(folder).stream().filter(f -> !BootstrapFiles.forMagnoliaSecurity(f.name())).toList();
        Path scratch = Files.createTempDirectory("oicc-validate");
        try (StandaloneRepository repository = StandaloneRepository.start(scratch,
                ModuleRepositorySetup.of(module).withBootstrapFiles(List.of()))) {
            List<String> problems = new ArrayList<>();
            List<Imported> imported = importAll(repository, files, problems);
            ContentService content = new ContentService(module, StandaloneSessionProvider.singleRepository(repository));
            for (Imported item : imported) {
                if (item.type() == null) {
                    checkPage(repository, item, problems);
                    continue;
                }
                for (ValidationProblem p : content.check(Side.AUTHOR, item.type().name(), item.path())) {
                    problems.add(item.file().name() + ":" + line(item.outline(), p.path()) + ": " + p.path() + ": " + p.message());
                }
            }
            return problems;
        } catch (RepositoryException e) {
            throw new CliError("cannot start a scratch repository to check bootstrap content: " + e.getMessage(), 1);
        } finally {
            deleteTree(scratch);
        }
    }

    /** Pages have no content type: they are checked against the templates instead. */
    private void checkPage(StandaloneRepository repository, Imported page, List<String> problems) throws RepositoryException {
        Session session = repository.login(PageTemplateCheck.WORKSPACE);
        try {
            for (PageTemplateCheck.Problem p : PageTemplateCheck.check(module, session.getNode(page.path()))) {
                problems.add(page.file().name() + ":" + line(page.outline(), p.where()) + ": " + p.where() + ": " + p.message());
            }
        } finally {
            session.logout();
        }
    }

    /** {@code type} is null for a page (website workspace). */
    private record Imported(BootstrapFile file, BootstrapOutline outline, ContentTypeDefinition type, String path) {
    }

    private List<Imported> importAll(StandaloneRepository repository, List<BootstrapFile> files, List<String> problems)
            throws RepositoryException {
        List<Imported> imported = new ArrayList<>();
        BootstrapImporter reader = new BootstrapImporter(RepositorySetup.DEFAULT_BOOTSTRAP_USER);
        for (BootstrapFile file : files) {
            try {
                String workspace = BootstrapImporter.workspaceOf(file.name());
                Optional<ContentTypeDefinition> type = module.contentTypeOfWorkspace(workspace);
                if (type.isEmpty() && !PageTemplateCheck.WORKSPACE.equals(workspace)) {
                    problems.add(file.name() + ":1: workspace '" + workspace + "' belongs to no content type of the module");
                    continue;
                }
                Session session = repository.login(workspace);
                try {
                    String path = reader.importFile(session, file, ImportMode.FAIL_IF_EXISTS);
                    imported.add(new Imported(file, BootstrapOutline.of(file), type.orElse(null), path));
                } finally {
                    session.logout();
                }
            } catch (BootstrapException e) {
                problems.add(e.getMessage());
            }
        }
        return imported;
    }

    /** {@code relationships[1].category} → the line of that key in the file, else the nearest node's. */
    static int line(BootstrapOutline root, String problemPath) {
        BootstrapOutline node = root;
        if (problemPath == null || problemPath.isEmpty() || problemPath.startsWith("@")) {
            return root.line();
        }
        String[] steps = problemPath.split("\\.");
        for (int i = 0; i < steps.length; i++) {
            Matcher m = PATH_STEP.matcher(steps[i]);
            if (!m.matches()) {
                return node.line();
            }
            String name = m.group(1);
            boolean last = i == steps.length - 1;
            if (m.group(2) == null) {
                if (last && node.properties().containsKey(name)) {
                    return node.properties().get(name);
                }
                BootstrapOutline child = node.child(name);
                if (child == null) {
                    return node.line();
                }
                node = child;
            } else {
                BootstrapOutline list = node.child(name);
                int index = Integer.parseInt(m.group(2));
                if (list == null || index >= list.children().size()) {
                    return list == null ? node.line() : list.line();
                }
                node = list.children().get(index);
            }
        }
        return node.line();
    }

    private static void deleteTree(Path folder) {
        try (Stream<Path> paths = Files.walk(folder)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
