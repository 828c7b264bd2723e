package org.oicc.relations.definition;

import java.util.ArrayList;
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

    /** Every property: the item's own in definition order, then each submodel's (a submodel's entries hold those). */
    public List<PropertyDefinition> allProperties() {
        List<PropertyDefinition> all = new ArrayList<>(properties);
        subModels.forEach(s -> all.addAll(s.properties()));
        return List.copyOf(all);
    }

    /** The {@code reference:} properties among {@link #allProperties()}, in the same order. */
    public List<PropertyDefinition> referenceProperties() {
        return allProperties().stream().filter(PropertyDefinition::isReference).toList();
    }

    /** The {@code asset} properties among {@link #allProperties()}, in the same order. */
    public List<PropertyDefinition> assetProperties() {
        return allProperties().stream().filter(PropertyDefinition::isAsset).toList();
    }

    public Optional<SubModelDefinition> subModel(String name) {
        return subModels.stream().filter(s -> s.name().equals(name)).findFirst();
    }
}
