package org.oicc.relations.repository;

import java.util.List;

import javax.jcr.PropertyType;

/**
 * A property read from a bootstrap file.
 *
 * @param type a {@link PropertyType} constant
 * @param values JCR string forms (ISO-8601 for dates, base64 for binaries)
 * @param line 1-based line of the property's key
 */
record BootstrapProperty(String name, int type, boolean multiple, List<String> values, int line) {

    static BootstrapProperty single(String name, int type, String value, int line) {
        return new BootstrapProperty(name, type, false, List.of(value), line);
    }

    String typeName() {
        return PropertyType.nameFromValue(type);
    }
}
