package org.oicc.relations.authoring.pages;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * A page of the author side's {@code website} workspace as its form shows it.
 *
 * @param version       the page's last modification in milliseconds: a save sent from an older form is refused
 * @param status        {@code never-published}, {@code published}, {@code modified} or {@code unpublished}
 * @param parts         the page's own fields first, then its components in page order
 */
public record PageDraft(String path, String name, String title, String template, long version, OffsetDateTime lastModified,
                        String lastModifiedBy, String status, List<PageFields> parts) {

    public PageDraft {
        parts = List.copyOf(parts);
    }
}
