package org.oicc.relations.definition;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Magnolia's light-module decorations: {@code decorations/<module>/<definition type>/<path>.yaml}
 * changes the definition {@code <definition type>/<path>.yaml} of {@code <module>}. The module's own
 * definitions are decorated before they are read, so a decorated definition is checked like any
 * other. Merging: a mapping merges key by key (the decorator's value wins, nested mappings merge in
 * turn); a list keeps its items and gains the decorator's, except that an item naming the same
 * {@code name} as an existing one merges into it; a value tagged {@code !override} replaces what it
 * decorates instead of merging; anything else replaces. Decorations of other modules (Magnolia's own
 * apps, multisite, ...) change nothing this runtime serves, so they are listed as ignored.
 */
final class Decorations {

    static final String FOLDER = "decorations/";
    static final String OVERRIDE = "override";

    private Decorations() {
    }

    static boolean isDecoration(String file) {
        return file.startsWith(FOLDER);
    }

    /**
     * Applies the module's own decorations to {@code parsed} (in file order, so a later decoration of
     * the same part wins, as Magnolia's last applied decorator does) and removes every decoration file.
     */
    static void apply(String module, Map<String, YamlNode> parsed, Problems problems) {
        List<String> files = parsed.keySet().stream().filter(Decorations::isDecoration).toList();
        for (String file : files) {
            YamlNode decorator = parsed.remove(file);
            String rest = file.substring(FOLDER.length());
            int cut = rest.indexOf('/');
            // decorations/<module>/config.yaml (a module's configuration, e.g. multisite) is Magnolia's too
            if (cut <= 0) {
                problems.add(Location.of(file), "a decoration is decorations/<module>/<definition type>/<file>.yaml, e.g. "
                        + "decorations/" + module + "/templates/pages/relations.yaml");
                continue;
            }
            String target = rest.substring(0, cut);
            String definition = rest.substring(cut + 1);
            if (!target.equals(module)) {
                problems.ignore(decorator.location(), "decoration of module '" + target
                        + "' ignored: this runtime runs module " + module + " only");
                continue;
            }
            YamlNode base = parsed.get(definition);
            if (base == null) {
                problems.add(decorator.location(), "decorates " + definition + ", which module " + module + " does not define");
                continue;
            }
            parsed.put(definition, merge(base, decorator));
        }
    }

    static YamlNode merge(YamlNode base, YamlNode decorator) {
        if (OVERRIDE.equals(decorator.tag())) {
            return plain(decorator);
        }
        if (base instanceof YamlNode.Mapping b && decorator instanceof YamlNode.Mapping d) {
            Map<String, YamlNode> entries = new LinkedHashMap<>(b.entries());
            Map<String, Location> keys = new LinkedHashMap<>(b.keyLocations());
            d.entries().forEach((key, value) -> {
                YamlNode old = entries.get(key);
                entries.put(key, old == null ? plain(value) : merge(old, value));
                keys.put(key, d.keyLocations().getOrDefault(key, d.location()));
            });
            return new YamlNode.Mapping(entries, keys, b.location(), b.tag());
        }
        if (base instanceof YamlNode.Sequence b && decorator instanceof YamlNode.Sequence d) {
            List<YamlNode> items = new ArrayList<>(b.items());
            for (YamlNode item : d.items()) {
                int same = indexOfName(items, nameOf(item));
                if (same >= 0) {
                    items.set(same, merge(items.get(same), item));
                } else {
                    items.add(plain(item));
                }
            }
            return new YamlNode.Sequence(items, b.location(), b.tag());
        }
        return plain(decorator);
    }

    /** A decorator value taken as it is: its {@code !override} tags (here or below) have done their work. */
    private static YamlNode plain(YamlNode node) {
        if (node instanceof YamlNode.Mapping m) {
            Map<String, YamlNode> entries = new LinkedHashMap<>();
            m.entries().forEach((k, v) -> entries.put(k, plain(v)));
            return new YamlNode.Mapping(entries, m.keyLocations(), m.location(), OVERRIDE.equals(m.tag()) ? null : m.tag());
        }
        if (node instanceof YamlNode.Sequence s) {
            return new YamlNode.Sequence(s.items().stream().map(Decorations::plain).toList(), s.location(),
                    OVERRIDE.equals(s.tag()) ? null : s.tag());
        }
        YamlNode.Scalar s = (YamlNode.Scalar) node;
        return OVERRIDE.equals(s.tag()) ? new YamlNode.Scalar(s.text(), s.kind(), s.location(), null) : s;
    }

    private static String nameOf(YamlNode item) {
        return item instanceof YamlNode.Mapping m && m.entries().get("name") instanceof YamlNode.Scalar s ? s.text() : null;
    }

    private static int indexOfName(List<YamlNode> items, String name) {
        if (name == null) {
            return -1;
        }
        for (int i = 0; i < items.size(); i++) {
            if (name.equals(nameOf(items.get(i)))) {
                return i;
            }
        }
        return -1;
    }
}
