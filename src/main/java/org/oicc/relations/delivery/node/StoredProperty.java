package org.oicc.relations.delivery.node;

import com.fasterxml.jackson.core.io.SerializedString;
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
    /** The texts for Jackson, which keeps their quoted UTF-8 once it has made it. */
    private final SerializedString[] json;
    /** {@link RichTextPolicy#safe} of each text, filled on the first rich-text answer (a benign race: equal results). */
    private volatile SerializedString[] safeJson;

    private StoredProperty(boolean binary, boolean string, boolean multiple, boolean blank, String[] texts) {
        this.binary = binary;
        this.string = string;
        this.multiple = multiple;
        this.blank = blank;
        this.texts = texts;
        this.json = new SerializedString[texts.length];
        for (int i = 0; i < texts.length; i++) {
            json[i] = new SerializedString(texts[i]);
        }
    }

    /** A property made again from its parts (an on-disk copy, {@link CopyCodec}). */
    static StoredProperty of(boolean binary, boolean string, boolean multiple, boolean blank, String[] texts) {
        return new StoredProperty(binary, string, multiple, blank, texts);
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

    /**
     * Value {@code i} ready for Jackson; rich text cut to the pages' safelist when it strays from it
     * (checked on the way out too: values stored before writes were checked).
     */
    SerializedString json(int i, boolean rich) {
        if (!rich || !string) {
            return json[i];
        }
        SerializedString[] safe = safeJson;
        if (safe == null) {
            safe = new SerializedString[texts.length];
            for (int j = 0; j < texts.length; j++) {
                String cleaned = RichTextPolicy.safe(texts[j]);
                safe[j] = cleaned.equals(texts[j]) ? json[j] : new SerializedString(cleaned);
            }
            safeJson = safe;
        }
        return safe[i];
    }

    /** Bytes held, roughly: the strings and the object headers (the store's budget counts it). */
    long weight() {
        long w = 48;
        for (String t : texts) {
            // the string, its wrapper for Jackson and the quoted UTF-8 it keeps (up to three bytes a character)
            w += 96 + 5L * t.length();
        }
        return w;
    }
}
