package org.oicc.relations.index;

/**
 * One submodel entry of an indexed item ({@code /iula/relationships/1}): which submodel, its node
 * name ({@code null} for a single submodel, whose child node is the entry) and its kept values.
 * Kept packed in its item's record; this object is what one read of the record makes of it.
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

    /** The entry's absolute path below its item. */
    String path(String itemPath, String subModelProperty) {
        String container = itemPath + "/" + subModelProperty;
        return name == null ? container : container + "/" + name;
    }
}
