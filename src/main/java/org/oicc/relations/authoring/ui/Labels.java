package org.oicc.relations.authoring.ui;

import org.oicc.relations.definition.AppDefinition;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.PropertyDefinition;

import java.util.Locale;
import java.util.Map;

/**
 * Field and app labels from the light module's own message bundle, the texts Magnolia shows in
 * AdminCentral. A key the bundle lacks (a property just added in YAML) falls back to the property
 * name, so a new field appears at once, labelled plainly, until someone adds its translation.
 */
public final class Labels {

    private final String module;
    private final Map<String, String> texts;
    /** Each content type's explicit form labels ({@code field} or {@code field.sub} → key), from its app. */
    private final Map<String, Map<String, String>> formLabels;

    private Labels(LightModule lightModule, Map<String, String> texts) {
        this.module = lightModule.name();
        this.texts = Map.copyOf(texts);
        Map<String, Map<String, String>> labels = new java.util.HashMap<>();
        for (AppDefinition app : lightModule.apps().values()) {
            if (app.contentType() != null) {
                labels.putIfAbsent(app.contentType(), app.fieldLabels());
            }
        }
        this.formLabels = Map.copyOf(labels);
    }

    /** The labels the UI shows: English, the language its own words are written in. */
    public static Labels forUi(LightModule module) {
        return of(module, Locale.ENGLISH.getLanguage());
    }

    /** The module's bundle of one locale, as loaded with the module. */
    public static Labels of(LightModule module, String locale) {
        return new Labels(module, module.messages().bundle(locale));
    }

    /**
     * One locale's bundle over another's: a label not yet translated shows in the fallback language
     * (as Magnolia falls back to the default locale's bundle), not as a bare property name.
     */
    public static Labels of(LightModule module, String locale, String fallback) {
        Map<String, String> merged = new java.util.HashMap<>(module.messages().bundle(fallback));
        merged.putAll(module.messages().bundle(locale));
        return new Labels(module, merged);
    }

    /** Any key of the module's bundle (a validator's {@code errorMessage}), if it has one. */
    public java.util.Optional<String> text(String key) {
        return java.util.Optional.ofNullable(texts.get(key));
    }

    /** The text of a message key of the module's bundle (a template's title, a dialog's label), or the key itself. */
    public String message(String key) {
        return key == null ? "" : texts.getOrDefault(key, key);
    }

    /**
     * A content-type property ({@code sub} null) or a submodel property: the {@code label:} its app's
     * form gives it, as AdminCentral shows it (a key of the bundle, or a text as it is); without one,
     * the module's {@code <module>.<type>.[<sub>.]<property>.label} key; without that, the name.
     */
    public String property(ContentTypeDefinition type, String sub, String property) {
        String label = formLabels.getOrDefault(type.name(), Map.of()).get(formPath(type, sub, property));
        if (label != null) {
            return texts.getOrDefault(label, label);
        }
        return texts.getOrDefault(conventionKey(type, sub, property), property);
    }

    /** The key the standalone falls back to when the app gives a field no label. */
    public String conventionKey(ContentTypeDefinition type, String sub, String property) {
        return module + "." + type.name() + "." + (sub == null ? "" : sub + ".") + property + ".label";
    }

    /** {@code property}, or {@code field.property} for a submodel's property, {@code field} the property holding it. */
    static String formPath(ContentTypeDefinition type, String sub, String property) {
        if (sub == null) {
            return property;
        }
        for (var p : type.model().properties()) {
            if (p.type() instanceof org.oicc.relations.definition.PropertyType.SubModel s && s.name().equals(sub)) {
                return p.name() + "." + property;
            }
        }
        return sub + "." + property;
    }

    /**
     * The help text of a property, shown under its field: the bundle's {@code <module>.<type>.[<sub>.]<property>.description},
     * else the definition's {@code description} (a bundle key, or the text itself); null when there is none.
     */
    public String description(ContentTypeDefinition type, String sub, PropertyDefinition property) {
        String key = module + "." + type.name() + "." + (sub == null ? "" : sub + ".") + property.name() + ".description";
        String text = texts.get(key);
        if (text == null && property.description() != null && !property.description().isBlank()) {
            text = texts.getOrDefault(property.description(), property.description());
        }
        return text == null || text.isBlank() ? null : text;
    }

    /** The text of one of a property's {@code options}, or the option itself. */
    public String option(ContentTypeDefinition type, String property, String option) {
        return texts.getOrDefault(module + "." + type.name() + "." + property + "." + option, option);
    }

    /** The label of the app editing the type (its list heading), or the type name. */
    public String contentType(LightModule lightModule, ContentTypeDefinition type) {
        for (AppDefinition app : lightModule.apps().values()) {
            if (type.name().equals(app.contentType()) && app.label() != null) {
                return texts.getOrDefault(app.label(), app.name());
            }
        }
        return type.name();
    }

    /** The singular label of the app's detail sub-app ({@code ...detail.label}), or the type name. */
    public String item(LightModule lightModule, ContentTypeDefinition type) {
        for (AppDefinition app : lightModule.apps().values()) {
            if (type.name().equals(app.contentType())) {
                return texts.getOrDefault(module + ".apps." + app.name() + ".detail.label", type.name());
            }
        }
        return type.name();
    }
}
