package org.oicc.relations.definition;

import java.util.List;

/**
 * An area of a page template ({@code areas.<name>}): which components editors may put in it and
 * how many. Without a {@code templateScript} the area renders its components one after another.
 *
 * @param type {@code list}, {@code single} or {@code noComponent}, as in Magnolia
 * @param maxComponents at most this many components are rendered (Magnolia's editor stops adding there)
 * @param availableComponents component template ids, in the order the editor offers them
 */
public record AreaDefinition(
        String name,
        String type,
        String title,
        String templateScript,
        int maxComponents,
        List<String> availableComponents,
        Location location) {

    public AreaDefinition {
        availableComponents = List.copyOf(availableComponents);
    }

    public boolean allows(String templateId) {
        return availableComponents.contains(templateId);
    }
}
