package org.oicc.relations.content;

import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.EndpointDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.RelationsViewDefinition;

import java.util.Optional;

/**
 * Which entries have a page order, and by what: the relationships ({@code entriesProperty}) of the
 * organizations ({@code itemType}), ordered within their category ({@code categoryProperty}) by a
 * number ({@code orderProperty}). Taken from the relations view ({@code oiccRelationsView_v1}), the
 * one definition that already says how the page orders them, so no name is written in Java.
 *
 * {@code entryLabelProperty} is the first entry field the page shows (the role), to name an entry in lists.
 *
 * <p>Positions are unique within a category after every save through the content service, and are
 * handed out {@link #GAP} apart, so moving one entry usually rewrites only that entry.
 */
public record OrderedEntries(String itemType, String workspace, String entriesProperty, String categoryProperty,
                             String orderProperty, String categoryType, String categoryWorkspace, String categoryNodeType,
                             String entryLabelProperty) {

    /** Distance between positions handed out: room for a few moves between two neighbours without renumbering them. */
    public static final long GAP = 100;

    /** The module's ordered entries, or empty when it has no relations view with an order. */
    public static Optional<OrderedEntries> of(LightModule module) {
        for (EndpointDefinition e : module.endpoints().values()) {
            if (e instanceof RelationsViewDefinition v && v.orderBy() != null) {
                Optional<ContentTypeDefinition> items = module.contentType(v.organizationType());
                Optional<ContentTypeDefinition> categories = module.contentType(v.categoryType());
                if (items.isPresent() && categories.isPresent()) {
                    return Optional.of(new OrderedEntries(items.get().name(), items.get().workspace(), v.relationshipsProperty(),
                            v.categoryProperty(), v.orderBy(), categories.get().name(), categories.get().workspace(),
                            categories.get().nodeType(), v.entryFields().isEmpty() ? null : v.entryFields().get(0)));
                }
            }
        }
        return Optional.empty();
    }
}
