package org.oicc.relations.content;

import java.util.List;
import java.util.Map;

/**
 * A checked value, ready to be written. Validation produces these for the whole input before
 * anything touches the session, which is how a rejected write changes nothing.
 */
sealed interface PlannedValue {

    /** Remove the property or submodel child node. */
    record Remove() implements PlannedValue {
    }

    /** A single-valued property; value is String, Boolean, Long, Double, BigDecimal or Calendar. */
    record Single(Object value) implements PlannedValue {
    }

    record Multi(List<Object> values) implements PlannedValue {
    }

    /** A submodel: the child node's entries (exactly one when not multiple), each keyed by JCR name. */
    record Entries(List<Map<String, PlannedValue>> entries, boolean multiple) implements PlannedValue {
    }
}
