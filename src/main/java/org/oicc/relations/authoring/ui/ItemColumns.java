package org.oicc.relations.authoring.ui;

import org.oicc.relations.content.ContentLocales;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.definition.ValueKind;
import org.oicc.relations.index.ItemSearch;
import org.oicc.relations.index.SortOrder;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.RepositoryException;
import java.util.ArrayList;
import java.util.List;

/**
 * The columns a list shows and searches, from the app's browser columns (Magnolia's
 * {@code subApps.browser.workbench.contentViews[0].columns}): the single-valued text properties
 * among them, the first of which is the property an item is known by (its title). Columns that are
 * no property of the type ({@code status}, {@code mgnl:lastModified}) are drawn by the list itself.
 */
record ItemColumns(PropertyDefinition title, List<PropertyDefinition> properties) {

    ItemColumns {
        properties = List.copyOf(properties);
    }

    static ItemColumns of(LightModule module, ContentTypeDefinition type) {
        PropertyDefinition title = titleProperty(module, type);
        List<PropertyDefinition> out = new ArrayList<>(List.of(title));
        module.apps().values().stream()
                .filter(app -> type.name().equals(app.contentType()))
                .flatMap(app -> app.columns().stream())
                .flatMap(column -> type.model().property(column).stream())
                .filter(ItemColumns::isText)
                .filter(p -> !out.contains(p))
                .forEach(out::add);
        return new ItemColumns(title, out);
    }

    /**
     * The property an item is known by: the first browser column of its app that names a property,
     * else the first single text-like one.
     */
    static PropertyDefinition titleProperty(LightModule module, ContentTypeDefinition type) {
        List<PropertyDefinition> props = type.model().properties();
        return module.apps().values().stream()
                .filter(app -> type.name().equals(app.contentType()))
                .flatMap(app -> app.columns().stream())
                .flatMap(column -> type.model().property(column).filter(p -> !p.isSubModel()).stream())
                .findFirst()
                .or(() -> props.stream().filter(p -> !p.isSubModel() && !p.isReference() && !p.multiple()).findFirst())
                .orElse(props.get(0));
    }

    /** What an editor can type into a search box and expect to find: a plain single text. */
    private static boolean isText(PropertyDefinition p) {
        return !p.isSubModel() && !p.isReference() && !p.multiple() && p.options().isEmpty()
                && FormState.kind(p) == ValueKind.STRING;
    }

    /** The text columns' property names: what a list can be sorted by besides node name and last change. */
    List<String> searchable() {
        return properties.stream().map(PropertyDefinition::name).toList();
    }

    /**
     * What the search box and the pickers look in: the text columns (every language of a translated
     * one, the index's rule) and the node name, which editors see in addresses.
     */
    ItemSearch search(String text) {
        List<String> names = new ArrayList<>(searchable());
        names.add(SortOrder.NAME);
        return new ItemSearch(text, names);
    }

    /** A property's value as a reader in {@code locale} sees it: the translation, else the default language's. */
    static String text(Node node, PropertyDefinition p, ContentLocales locales, String locale) throws RepositoryException {
        if (p.i18n() && locale != null) {
            String translated = single(node, locales.propertyName(p.name(), locale));
            if (!translated.isEmpty()) {
                return translated;
            }
        }
        return single(node, p.name());
    }

    private static String single(Node node, String name) throws RepositoryException {
        if (!node.hasProperty(name)) {
            return "";
        }
        Property property = node.getProperty(name);
        return property.isMultiple() ? "" : property.getString();
    }
}
