package org.oicc.relations.content;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.RepositoryException;
import java.util.Map;
import java.util.Optional;

/**
 * A property in a language, falling back to the default language per property: an Arabic page
 * shows {@code title_ar} where it exists and the English {@code title} where it does not, as
 * Magnolia's i18n content support does. Blank text and empty lists count as "not translated".
 * A region tag ({@code ar-SA}) falls back to its language ({@code ar}) first.
 */
public final class I18nValues {

    private I18nValues() {
    }

    public static Optional<Object> localized(Item item, String property, String locale) {
        return localized(item.properties(), property, locale);
    }

    /** Also for submodel entries, which {@link Item} gives as maps. */
    public static Optional<Object> localized(Map<String, ?> properties, String property, String locale) {
        for (String name : candidates(property, locale)) {
            Object v = properties.get(name);
            if (!InputValidator.isEmpty(v)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    /** A value test that may read the repository ({@link #isBlank}). */
    @FunctionalInterface
    public interface Blank<V> {
        boolean test(V value) throws RepositoryException;
    }

    /**
     * The same choice over values already read, keyed by property name (a node's properties read
     * once), with the caller's test of "not translated".
     */
    public static <V> Optional<V> localized(Map<String, V> properties, String property, String locale, Blank<V> blank)
            throws RepositoryException {
        for (String name : candidates(property, locale)) {
            V v = properties.get(name);
            if (v != null && !blank.test(v)) {
                return Optional.of(v);
            }
        }
        return Optional.empty();
    }

    public static Optional<Property> localized(Node node, String property, String locale) throws RepositoryException {
        for (String name : candidates(property, locale)) {
            if (node.hasProperty(name) && !isBlank(node.getProperty(name))) {
                return Optional.of(node.getProperty(name));
            }
        }
        return Optional.empty();
    }

    private static String[] candidates(String property, String locale) {
        if (locale == null || locale.isBlank()) {
            return new String[] {property};
        }
        String tag = locale.replace('-', '_');
        int cut = tag.indexOf('_');
        if (cut > 0) {
            return new String[] {property + "_" + tag, property + "_" + tag.substring(0, cut), property};
        }
        return new String[] {property + "_" + tag, property};
    }

    /** Blank text or an empty list: "not translated". */
    public static boolean isBlank(Property p) throws RepositoryException {
        return p.isMultiple() ? p.getValues().length == 0 : p.getString().isBlank();
    }
}
