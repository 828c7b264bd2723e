package org.oicc.relations.authoring.publication;

/** An item that publication put on the public side: its workspace and its path there. */
public record PublishedItem(String workspace, String path) {

    /** {@code organizations:/iula}, as the commands endpoint lists published items. */
    public String qualifiedPath() {
        return workspace + ":" + path;
    }
}
