package org.oicc.relations.repository;

/**
 * Magnolia's names in JCR, written once: the metadata properties its content apps, delivery
 * ordering ({@code orderBy=mgnl:lastModified desc}) and publication status read, and the node types
 * content is stored as. The property names double as the names of Magnolia's mixins that declare
 * them ({@code mgnl:created}, {@code mgnl:lastModified}).
 */
public final class MgnlNames {

    public static final String PREFIX = "mgnl:";

    public static final String CREATED = "mgnl:created";
    public static final String CREATED_BY = "mgnl:createdBy";
    public static final String LAST_MODIFIED = "mgnl:lastModified";
    public static final String LAST_MODIFIED_BY = "mgnl:lastModifiedBy";
    public static final String LAST_ACTIVATED = "mgnl:lastActivated";
    public static final String LAST_ACTIVATED_BY = "mgnl:lastActivatedBy";
    public static final String ACTIVATION_STATUS = "mgnl:activationStatus";
    public static final String DELETED = "mgnl:deleted";
    public static final String DELETED_BY = "mgnl:deletedBy";
    public static final String COMMENT = "mgnl:comment";
    public static final String TEMPLATE = "mgnl:template";

    /** Items of a content app. */
    public static final String CONTENT = "mgnl:content";
    /** Parts of an item (submodel entries) and nodes of unspecified type in bootstrap files. */
    public static final String CONTENT_NODE = "mgnl:contentNode";
    public static final String FOLDER = "mgnl:folder";
    public static final String PAGE = "mgnl:page";
    public static final String AREA = "mgnl:area";
    public static final String COMPONENT = "mgnl:component";
    /** The mixin of everything that can be published. */
    public static final String ACTIVATABLE = "mgnl:activatable";

    private MgnlNames() {
    }

    /** Names the repository or Magnolia manage ({@code jcr:}, {@code mgnl:}, {@code rep:}), not an editor. */
    public static boolean isSystem(String name) {
        return name.startsWith("jcr:") || name.startsWith(PREFIX) || name.startsWith("rep:");
    }
}
