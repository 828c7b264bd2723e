package org.oicc.relations.index;

import java.util.function.Predicate;

/**
 * One filter answered by the index: a kept property of the item ({@code subModel} null) or of a
 * submodel's entries ({@code relationships}), or the node name ({@link SortOrder#NAME}). The values
 * tested are the ones a reader in {@code language} sees: the stored translation, or the default
 * language's value where an item has none ({@code language} null: the property as stored). Values
 * come in their kept form: String, Long, Double, BigDecimal, Boolean or {@link Moment}.
 *
 * <p>Positive: some value passes {@code value}. Negative ({@code ne}, {@code not-in}): the property
 * has a value and none passes. Either way a node without the property does not match.
 */
public record IndexCondition(String subModel, String property, String language, Predicate<Object> value, boolean negative) {
}
