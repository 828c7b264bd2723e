package org.oicc.relations.index;

/**
 * A stored JCR {@code Date} as the index keeps it: milliseconds since the epoch, in an object of its
 * own (half the size of a {@code Calendar}) so a date is never mistaken for a {@code Long}.
 */
public record Moment(long millis) implements Comparable<Moment> {

    @Override
    public int compareTo(Moment other) {
        return Long.compare(millis, other.millis);
    }
}
