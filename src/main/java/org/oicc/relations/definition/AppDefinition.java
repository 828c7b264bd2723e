package org.oicc.relations.definition;

/** A content app; {@code contentType} is set when the file uses Magnolia's {@code !content-type:} macro. */
public record AppDefinition(String name, String label, String contentType, Location location) {
}
