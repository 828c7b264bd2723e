package org.oicc.relations.definition;

/** One thing wrong with a definition file, with the place to fix it. */
public record DefinitionProblem(Location location, String message) {

    @Override
    public String toString() {
        return location + ": " + message;
    }
}
