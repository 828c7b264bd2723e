package org.oicc.relations.server;

import org.oicc.relations.definition.DefinitionException;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.LightModuleLoader;
import org.oicc.relations.definition.ModuleSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code validate}: the light module and the bootstrap content, checked as a start would check them
 * but without touching any data folder. Prints every problem as {@code file:line: message}, and first
 * the keys it accepts without acting on ({@code ignored: file:line: ...}).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check the light module and the bootstrap content against the content types.")
final class ValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--light-modules", description = "Folder holding oicc-relations/ (default: the copy in the jar).")
    Path lightModules;

    @Option(names = "--bootstrap", description = "Folder of bootstrap YAML files (default: the module's own, in the jar).")
    Path bootstrap;

    @Override
    public Integer call() throws IOException {
        LightModule module;
        try {
            module = new LightModuleLoader().load(lightModules == null
                    ? ModuleSource.classpath(Standalone.MODULE)
                    : ModuleSource.directory(lightModules.resolve(Standalone.MODULE)));
        } catch (DefinitionException e) {
            return report(e.problems().stream().map(Object::toString).toList());
        } catch (IllegalArgumentException e) {
            throw new CliError(e.getMessage(), 1);
        }
        IgnoredDefinitions.print(module, spec.commandLine().getOut());
        List<String> problems = new BootstrapCheck(module).check(bootstrap);
        return report(problems);
    }

    private int report(List<String> problems) {
        if (problems.isEmpty()) {
            spec.commandLine().getOut().println("valid: light module and bootstrap content");
            return 0;
        }
        problems.forEach(spec.commandLine().getOut()::println);
        spec.commandLine().getOut().println(problems.size() + " problem(s)");
        return 1;
    }
}
