package org.oicc.relations.server;

import org.oicc.relations.definition.DefinitionProblem;
import org.oicc.relations.definition.LightModule;

import java.io.PrintWriter;
import java.util.List;

/**
 * The valid Magnolia keys and decorations the light module uses that this runtime accepts without
 * acting on (they change nothing it serves), one {@code ignored: file:line: what} line each: printed
 * by {@code serve} at start and by {@code validate}, so nobody takes a silent key for an honoured one.
 */
final class IgnoredDefinitions {

    static final String PREFIX = "ignored: ";

    private IgnoredDefinitions() {
    }

    static List<String> lines(LightModule module) {
        return module.ignored().stream().map(DefinitionProblem::toString).map(line -> PREFIX + line).toList();
    }

    static void print(LightModule module, PrintWriter out) {
        lines(module).forEach(out::println);
    }
}
