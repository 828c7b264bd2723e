package org.oicc.relations.content;

import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * An item as read through its content-type definition. {@code properties} holds only what the
 * definition declares and the node has, keyed by JCR name (translations as {@code name_ar}), typed
 * per definition: String (String, richText, references as identifiers), Boolean, Long, Double,
 * BigDecimal (Decimal), OffsetDateTime (Date); a multiple property is a List; a submodel is a Map,
 * or a List of Maps in entry order when multiple. All collections are unmodifiable.
 */
public record Item(
        String name,
        String path,
        String id,
        String nodeType,
        OffsetDateTime created,
        String createdBy,
        OffsetDateTime lastModified,
        String lastModifiedBy,
        Map<String, Object> properties) {

    public Item {
        properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

    public Optional<Object> property(String key) {
        return Optional.ofNullable(properties.get(key));
    }

    /** What an editor started from: the time of the last change in milliseconds (0 if never stamped). */
    public long version() {
        return lastModified == null ? 0 : lastModified.toInstant().toEpochMilli();
    }
}
