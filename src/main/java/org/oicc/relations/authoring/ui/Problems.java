package org.oicc.relations.authoring.ui;

import org.oicc.relations.content.ValidationProblem;

/**
 * A content problem in the editor's language. The content service's own keys
 * ({@code oicc-relations.content.required}) have their texts in the UI's bundles as
 * {@code problem.required}; a form validator's key ({@code errorMessage} of the definition) is
 * looked up in the light module's bundle of that language, as Magnolia does; failing both, the
 * service's English text.
 */
final class Problems {

    private static final String OWN = "oicc-relations.content.";

    private Problems() {
    }

    static String text(UiText t, ValidationProblem p) {
        if (p.key().startsWith(OWN)) {
            String key = "problem." + p.key().substring(OWN.length());
            if (t.has(key)) {
                return t.get(key, p.args().toArray());
            }
        }
        return t.labels().text(p.key()).orElse(p.message());
    }
}
