package org.oicc.relations.authoring.ui;

import org.oicc.relations.definition.AppDefinition;
import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;

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

    private Labels(String module, Map<String, String> texts) {
        this.module = module;
        this.texts = Map.copyOf(texts);
    }

    /** The labels the UI shows: English, the language its own words are written in. */
    public static Labels forUi(LightModule module) {
        return of(module, Locale.ENGLISH.getLanguage());
    }

    /** The module's bundle of one locale, as loaded with the module. */
    public static Labels of(LightModule module, String locale) {
        return new Labels(module.name(), module.messages().bundle(locale));
    }

    /**
     * One locale's bundle over another's: a label not yet translated shows in the fallback language
     * (as Magnolia falls back to the default locale's bundle), not as a bare property name.
     */
    public static Labels of(LightModule module, String locale, String fallback) {
        Map<String, String> merged = new java.util.HashMap<>(module.messages().bundle(fallback));
        merged.putAll(module.messages().bundle(locale));
        return new Labels(module.name(), merged);
    }

    /** Any key of the module's bundle (a validator's {@code errorMessage}), if it has one. */
    public java.util.Optional<String> text(String key) {
        return java.util.Optional.ofNullable(texts.get(key));
    }

    /** A content-type property ({@code sub} null) or a submodel property. */
    public String property(ContentTypeDefinition type, String sub, String property) {
        String key = module + "." + type.name() + "." + (sub == null ? "" : sub + ".") + property + ".label";
        return texts.getOrDefault(key, property);
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
