package org.oicc.relations.definition;

import java.util.List;

/**
 * A content app; {@code contentType} is set when the file uses Magnolia's {@code !content-type:} macro.
 * {@code columns} are the column names of the browser's first content view
 * ({@code subApps.browser.workbench.contentViews[0].columns[*].name}), empty when the app lets Magnolia
 * generate them; the first one naming a property of the content type is the one an item is known by.
 */
public record AppDefinition(String name, String label, String contentType, List<String> columns, Location location) {

    public AppDefinition {
        columns = List.copyOf(columns);
    }
}
