package org.oicc.relations.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.DefinitionException;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.LightModuleLoader;
import org.oicc.relations.definition.ModuleSource;
import org.oicc.relations.delivery.openapi.OpenApiDocument;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code openapi}: the delivery API's OpenAPI document, as {@code /.rest/delivery/openapi.json}
 * serves it with the same options, without starting anything — for client generators in a build
 * (this project's own build generates its Java client test from it) and for API portals.
 */
@Command(name = "openapi", mixinStandardHelpOptions = true,
        description = "Print the delivery API's OpenAPI 3.0.3 document (what /.rest/delivery/openapi.json serves).")
final class OpenApiCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--light-modules", description = "Folder holding oicc-relations/ (default: the copy in the jar).")
    Path lightModules;

    @Option(names = "--out", paramLabel = "FILE", description = "Write it to FILE (folders made) instead of standard output.")
    Path out;

    @Mixin
    DeliveryOptions delivery;

    @Override
    public Integer call() throws IOException {
        LightModule module;
        try {
            module = new LightModuleLoader().load(lightModules == null
                    ? ModuleSource.classpath(Standalone.MODULE)
                    : ModuleSource.directory(lightModules.resolve(Standalone.MODULE)));
        } catch (DefinitionException e) {
            throw new CliError("the light module has problems (run validate): " + e.problems().get(0), 1);
        }
        String json = new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(OpenApiDocument.generate(module,
                ContentLocales.of(module), delivery.toSettings(), module.version() == null ? "0" : module.version()));
        if (out == null) {
            spec.commandLine().getOut().println(json);
        } else {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(out, json + "\n");
        }
        return 0;
    }
}
