package org.oicc.relations.definition;

import java.util.List;
import java.util.Optional;

/** A named nested model; a property whose type is this name is stored as child nodes. */
public record SubModelDefinition(String name, List<PropertyDefinition> properties, Location location) {

    public SubModelDefinition {
        properties = List.copyOf(properties);
    }

    public Optional<PropertyDefinition> property(String propertyName) {
        return properties.stream().filter(p -> p.name().equals(propertyName)).findFirst();
    }
}
