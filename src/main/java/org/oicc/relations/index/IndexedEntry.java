package org.oicc.relations.index;

/**
 * One submodel entry of an indexed item ({@code /iula/relationships/1}): which submodel, its node
 * name ({@code null} for a single submodel, whose child node is the entry) and its kept values.
 * Equal entries (same submodel, name and values) are one instance per side ({@link Interner#entry}):
 * at 100,000 organizations most entries repeat a few hundred combinations of category, role,
 * position and aims, so an entry costs its item a reference.
 */
final class IndexedEntry {

    final int subModel;
    final String name;
    final Object[] values;

    IndexedEntry(int subModel, String name, Object[] values) {
        this.subModel = subModel;
        this.name = name;
        this.values = values;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndexedEntry e && e.subModel == subModel && java.util.Objects.equals(e.name, name)
                && java.util.Arrays.deepEquals(e.values, values);
    }

    @Override
    public int hashCode() {
        return (subModel * 31 + java.util.Objects.hashCode(name)) * 31 + java.util.Arrays.deepHashCode(values);
    }

    /** The entry's absolute path below its item. */
    String path(String itemPath, String subModelProperty) {
        String container = itemPath + "/" + subModelProperty;
        return name == null ? container : container + "/" + name;
    }
}
