package org.oicc.relations.delivery;

/** One key of {@code orderBy}. */
public record Order(String property, boolean descending) {
}
