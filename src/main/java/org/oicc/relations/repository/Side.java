package org.oicc.relations.repository;

/**
 * Which content a session sees, as in Magnolia: the author instance's editable drafts or what has
 * been published to the public instance. A standalone process may hold both.
 */
public enum Side {
    AUTHOR,
    PUBLIC
}
