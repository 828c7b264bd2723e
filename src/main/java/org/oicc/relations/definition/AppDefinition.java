package org.oicc.relations.definition;

import java.util.List;
import java.util.Map;

/**
 * A content app; {@code contentType} is set when the file uses Magnolia's {@code !content-type:} macro.
 * {@code columns} are the column names of the browser's first content view
 * ({@code subApps.browser.workbench.contentViews[0].columns[*].name}), empty when the app lets Magnolia
 * generate them; the first one naming a property of the content type is the one an item is known by.
 * {@code fieldLabels} are the explicit {@code label:}s of the detail form's fields
 * ({@code subApps.detail.form.properties.<field>.label}, a submodel's under
 * {@code <field>.field.properties.<sub>.label}), by {@code field} or {@code field.sub}: the key both
 * AdminCentral and the standalone form show. {@code fieldDescriptions} are the fields' explicit
 * {@code description:}s (help text under the field; a bundle key or the text), found the same way.
 */
public record AppDefinition(String name, String label, String contentType, List<String> columns, Map<String, String> fieldLabels,
                            Map<String, String> fieldDescriptions, Location location) {

    public AppDefinition {
        columns = List.copyOf(columns);
        fieldLabels = Map.copyOf(fieldLabels);
        fieldDescriptions = Map.copyOf(fieldDescriptions);
    }

    public AppDefinition(String name, String label, String contentType, List<String> columns, Map<String, String> fieldLabels,
                         Location location) {
        this(name, label, contentType, columns, fieldLabels, Map.of(), location);
    }

    public AppDefinition(String name, String label, String contentType, List<String> columns, Location location) {
        this(name, label, contentType, columns, Map.of(), Map.of(), location);
    }
}
