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
    /** Each content type's explicit form help texts, the same way. */
    private final Map<String, Map<String, String>> formDescriptions;
    /** Each content type's app and detail sub-app, for Magnolia's generated {@code <app>.<subApp>.<field>.description} key. */
    private final Map<String, String> formKeyPrefix;

    private Labels(LightModule lightModule, Map<String, String> texts) {
        this.module = lightModule.name();
        this.texts = Map.copyOf(texts);
        Map<String, Map<String, String>> labels = new java.util.HashMap<>();
        Map<String, Map<String, String>> descriptions = new java.util.HashMap<>();
        Map<String, String> prefixes = new java.util.HashMap<>();
        for (AppDefinition app : lightModule.apps().values()) {
            if (app.contentType() != null) {
                labels.putIfAbsent(app.contentType(), app.fieldLabels());
                descriptions.putIfAbsent(app.contentType(), app.fieldDescriptions());
                prefixes.putIfAbsent(app.contentType(), app.name() + ".detail.");
            }
        }
        this.formLabels = Map.copyOf(labels);
        this.formDescriptions = Map.copyOf(descriptions);
        this.formKeyPrefix = Map.copyOf(prefixes);
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
     * The help text of a property, shown under its field, looked up as Magnolia looks up a form
     * field's {@code description}: the app form's explicit {@code description:} (a bundle key, or the
     * text itself); else the key Magnolia generates for the field, {@code <app>.<subApp>.<field>.description}
     * ({@code organizations.detail.website.description}, a submodel's {@code <field>.<sub>}); else this
     * module's {@code <module>.<type>.[<sub>.]<property>.description}; else the content type's own
     * {@code description}. Null when there is none.
     */
    public String description(ContentTypeDefinition type, String sub, PropertyDefinition property) {
        String path = formPath(type, sub, property.name());
        String text = null;
        String explicit = formDescriptions.getOrDefault(type.name(), Map.of()).get(path);
        if (explicit != null) {
            text = texts.getOrDefault(explicit, explicit);
        }
        String prefix = formKeyPrefix.get(type.name());
        if (text == null && prefix != null) {
            text = texts.get(prefix + path + ".description");
        }
        if (text == null) {
            text = texts.get(module + "." + type.name() + "." + (sub == null ? "" : sub + ".") + property.name() + ".description");
        }
        if (text == null && property.description() != null && !property.description().isBlank()) {
            text = texts.getOrDefault(property.description(), property.description());
        }
        return text == null || text.isBlank() ? null : text;
    }

    /**
     * The help text of the item's name (its URL name), from the form field Magnolia's content-type
     * app gives the node name, {@code jcrName}: its explicit {@code description:}, else the generated
     * key {@code <app>.<subApp>.jcrName.description}; null when neither is there.
     */
    public String nameDescription(ContentTypeDefinition type) {
        String explicit = formDescriptions.getOrDefault(type.name(), Map.of()).get(NAME_FIELD);
        String prefix = formKeyPrefix.get(type.name());
        String text = explicit != null ? texts.getOrDefault(explicit, explicit) : prefix == null ? null : texts.get(prefix + NAME_FIELD + ".description");
        return text == null || text.isBlank() ? null : text;
    }

    /** Magnolia's form field for a node's name. */
    public static final String NAME_FIELD = "jcrName";

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
