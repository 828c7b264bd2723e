package org.oicc.relations.definition;

import java.util.List;
import java.util.Optional;

/** The {@code model:} of a content type: the items' node type, their properties and submodels. */
public record ModelDefinition(String nodeType, List<PropertyDefinition> properties, List<SubModelDefinition> subModels) {

    public ModelDefinition {
        properties = List.copyOf(properties);
        subModels = List.copyOf(subModels);
    }

    public Optional<PropertyDefinition> property(String name) {
        return properties.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    public Optional<SubModelDefinition> subModel(String name) {
        return subModels.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
