package org.oicc.relations.delivery.query;

/** One key of {@code orderBy}. */
public record Order(String property, boolean descending) {
}
