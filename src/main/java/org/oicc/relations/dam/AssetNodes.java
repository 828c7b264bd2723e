package org.oicc.relations.dam;

/** Names of Magnolia's DAM node structure, as {@code info.magnolia.dam.jcr.AssetNodeTypes} documents them. */
final class AssetNodes {

    static final String ASSET = "mgnl:asset";
    static final String RESOURCE_NODE = "jcr:content";
    static final String RESOURCE = "mgnl:resource";
    /** On the asset: its name, and its type (the file extension), as Magnolia's Assets app writes them. */
    static final String NAME = "name";
    static final String TYPE = "type";
    /** The alternative text, {@code alt_<locale>} for each other language. */
    static final String ALT = "alt";
    /** On the resource. */
    static final String DATA = "jcr:data";
    static final String MIME_TYPE = "jcr:mimeType";
    static final String LAST_MODIFIED = "jcr:lastModified";
    static final String FILE_NAME = "fileName";
    static final String EXTENSION = "extension";
    static final String SIZE = "size";
    static final String WIDTH = "width";
    static final String HEIGHT = "height";

    private AssetNodes() {
    }
}
