package org.oicc.relations.index;

import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.definition.PropertyType;
import org.oicc.relations.definition.SubModelDefinition;
import org.oicc.relations.repository.MgnlNames;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the index keeps of one content type: its node type, the item columns and, for each submodel
 * property ({@code relationships}), the entries' columns and whether the property holds several
 * entries (a container child with {@code 0}, {@code 1}, ...) or one (the child itself).
 */
final class IndexSchema {

    /** Where a submodel's entries live and what of them is kept. */
    record SubModel(String property, boolean multiple, int position, Columns columns) {
    }

    private final String workspace;
    private final String nodeType;
    private final Columns item = new Columns();
    private final Map<String, SubModel> subModels = new LinkedHashMap<>();
    private final int uuid;
    private final RichTextPresence richText;

    IndexSchema(ContentTypeDefinition type, ContentLocales locales) {
        this.workspace = type.workspace();
        this.nodeType = type.nodeType();
        item.addModel(type.model().properties(), locales, false);
        this.richText = new RichTextPresence(type.model().properties(), locales);
        // what delivery's system filters name, whatever the type
        item.add(MgnlNames.CREATED, false);
        item.add(MgnlNames.LAST_MODIFIED, false);
        item.add(MgnlNames.CREATED_BY, true);
        item.add(MgnlNames.LAST_MODIFIED_BY, true);
        this.uuid = item.add("jcr:uuid", false);
        List<SubModel> found = new ArrayList<>();
        for (PropertyDefinition p : type.model().properties()) {
            if (p.type() instanceof PropertyType.SubModel sub) {
                Columns columns = new Columns();
                columns.addModel(type.model().subModel(sub.name()).map(SubModelDefinition::properties).orElse(List.of()), locales, true);
                found.add(new SubModel(p.name(), p.multiple(), found.size(), columns));
            }
        }
        found.forEach(s -> subModels.put(s.property(), s));
    }

    String workspace() {
        return workspace;
    }

    String nodeType() {
        return nodeType;
    }

    Columns item() {
        return item;
    }

    /** The item's translatable rich texts, of which the index keeps only whether each is written. */
    RichTextPresence richText() {
        return richText;
    }

    int uuidColumn() {
        return uuid;
    }

    /** The submodel stored under a child of this name, or null. */
    SubModel subModel(String property) {
        return subModels.get(property);
    }

    List<SubModel> subModels() {
        return List.copyOf(subModels.values());
    }
}
