package org.oicc.relations.definition;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A page or component template of the light module ({@code templates/pages/*.yaml},
 * {@code templates/components/*.yaml}), with Magnolia's id {@code <module>:<path>}
 * ({@code oicc-relations:pages/relations}).
 *
 * @param templateScript the FreeMarker script as Magnolia names it, {@code /<module>/templates/...ftl}
 * @param parameters free text values for the script ({@code def.parameters.x})
 */
public record TemplateDefinition(
        String id,
        Kind kind,
        String title,
        String description,
        String renderType,
        String templateScript,
        String dialog,
        boolean visible,
        Map<String, AreaDefinition> areas,
        Map<String, String> parameters,
        Location location) {

    public enum Kind { PAGE, COMPONENT }

    public static final String FREEMARKER = "freemarker";

    public TemplateDefinition {
        areas = Collections.unmodifiableMap(new LinkedHashMap<>(areas));
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public Optional<AreaDefinition> area(String name) {
        return Optional.ofNullable(areas.get(name));
    }
}
