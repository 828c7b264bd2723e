package org.oicc.relations.definition;

/**
 * The {@code type:} of a content-type property: a scalar, a {@code reference:<contentType>} (stored as
 * the target item's identifier, as Magnolia's link fields do) or the name of a submodel (stored as
 * child nodes).
 */
public sealed interface PropertyType {

    record Scalar(ValueKind kind) implements PropertyType {
        @Override
        public String toString() {
            return kind.yamlName();
        }
    }

    record Reference(String contentType) implements PropertyType {
        @Override
        public String toString() {
            return "reference:" + contentType;
        }
    }

    record SubModel(String name) implements PropertyType {
        @Override
        public String toString() {
            return name;
        }
    }

    PropertyType STRING = new Scalar(ValueKind.STRING);
}
