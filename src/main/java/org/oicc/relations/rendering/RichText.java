package org.oicc.relations.rendering;

import org.oicc.relations.content.RichTextPolicy;

/**
 * Rich text (intro, description, text) is stored HTML. Writes through the content service already
 * refuse anything outside {@link RichTextPolicy}'s list; a page still cleans with the same list
 * before output, because a value may have reached the repository another way (a Magnolia editor,
 * a bootstrap file, an older version of this module).
 */
final class RichText {

    private RichText() {
    }

    static String sanitize(String html) {
        return RichTextPolicy.clean(html);
    }
}
