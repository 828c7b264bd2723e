package org.oicc.relations.delivery.node;

import org.oicc.relations.content.I18nValues;
import org.oicc.relations.content.RichTextPolicy;

import javax.jcr.Property;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;

/**
 * One property as delivery writes it, read once from the repository: its values already as the
 * JSON text Magnolia's endpoint writes (dates formatted), whether it counts as "not translated"
 * ({@link I18nValues#isBlank}), and nothing of a binary but that it is one (binaries are never
 * delivered inline). Immutable; the safelisted form of rich text is worked out on first use and kept.
 */
final class StoredProperty {

    private static final String[] NONE = new String[0];

    private final boolean binary;
    private final boolean string;
    private final boolean multiple;
    private final boolean blank;
    private final String[] texts;
    /** {@link RichTextPolicy#safe} of each text, filled on the first rich-text answer (a benign race: equal results). */
    private volatile String[] safeTexts;

    private StoredProperty(boolean binary, boolean string, boolean multiple, boolean blank, String[] texts) {
        this.binary = binary;
        this.string = string;
        this.multiple = multiple;
        this.blank = blank;
        this.texts = texts;
    }

    static StoredProperty read(Property property) throws RepositoryException {
        boolean binary = property.getType() == PropertyType.BINARY;
        boolean multiple = property.isMultiple();
        boolean blank = I18nValues.isBlank(property);
        if (binary) {
            return new StoredProperty(true, false, multiple, blank, NONE);
        }
        String[] texts;
        if (multiple) {
            Value[] values = property.getValues();
            texts = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                texts[i] = JsonValues.text(values[i]);
            }
        } else {
            texts = new String[] {JsonValues.text(property.getValue())};
        }
        return new StoredProperty(false, property.getType() == PropertyType.STRING, multiple, blank, texts);
    }

    boolean binary() {
        return binary;
    }

    /** A STRING property: only those are rich text to safelist. */
    boolean string() {
        return string;
    }

    boolean multiple() {
        return multiple;
    }

    boolean blank() {
        return blank;
    }

    int size() {
        return texts.length;
    }

    String text(int i) {
        return texts[i];
    }

    /** The value cut to the pages' safelist when it strays from it (rich text: checked on the way out too). */
    String safeText(int i) {
        String[] safe = safeTexts;
        if (safe == null) {
            safe = new String[texts.length];
            for (int j = 0; j < texts.length; j++) {
                safe[j] = RichTextPolicy.safe(texts[j]);
            }
            safeTexts = safe;
        }
        return safe[i];
    }

    /** Bytes held, roughly: the strings and the object headers (the store's budget counts it). */
    long weight() {
        long w = 48;
        for (String t : texts) {
            w += 40 + 2L * t.length();
        }
        return w;
    }
}
