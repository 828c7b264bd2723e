package org.oicc.relations.definition;

/** Reads and checks every YAML file of a light module. (Being written: signature fixed.) */
public final class LightModuleLoader {

    /** @throws DefinitionException listing every problem, each with file and line */
    public LightModule load(ModuleSource source) {
        throw new DefinitionException(java.util.List.of(new DefinitionProblem(Location.of("module.yaml"), "loader not written yet")));
    }
}
