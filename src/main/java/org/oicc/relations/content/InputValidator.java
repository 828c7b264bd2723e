package org.oicc.relations.content;

import org.oicc.relations.definition.ModelDefinition;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.definition.PropertyType;
import org.oicc.relations.definition.SubModelDefinition;
import org.oicc.relations.definition.ValidatorDefinition;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a whole input against a model and plans the write. It reads the repository (existing
 * item, reference targets) but never changes it; every problem goes to the collector so the
 * caller can reject the write as a whole.
 */
final class InputValidator {

    private final ModelDefinition model;
    private final String typeName;
    private final ContentLocales locales;
    private final Map<ValidatorDefinition, Pattern> patterns;
    private final ReferenceChecker references;
    private final ProblemCollector problems;

    InputValidator(ModelDefinition model, String typeName, ContentLocales locales,
                   Map<ValidatorDefinition, Pattern> patterns, ReferenceChecker references, ProblemCollector problems) {
        this.model = model;
        this.typeName = typeName;
        this.locales = locales;
        this.patterns = patterns;
        this.references = references;
        this.problems = problems;
    }

    /**
     * Plans the item's own properties. {@code existing} is null on create; on update a required
     * property that is not mentioned is fine as long as the stored item has it.
     */
    Map<String, PlannedValue> planItem(Map<String, Object> input, Node existing) throws RepositoryException {
        Map<String, PlannedValue> plan = planProperties(model.properties(), typeName, input, "", existing);
        if (existing != null) {
            refuseCycles(plan, existing);
        }
        return plan;
    }

    /** A reference to the item's own type (an organization's parent) must not lead back to the item. */
    private void refuseCycles(Map<String, PlannedValue> plan, Node existing) throws RepositoryException {
        for (PropertyDefinition def : model.properties()) {
            if (def.type() instanceof PropertyType.Reference ref && ref.contentType().equals(typeName) && !def.multiple()
                    && plan.get(def.name()) instanceof PlannedValue.Single single && single.value() instanceof String target
                    && references.leadsBackTo(typeName, target, def.name(), existing.getIdentifier())) {
                problems.add(def.name(), "cycle", target);
            }
        }
    }

    private Map<String, PlannedValue> planProperties(List<PropertyDefinition> props, String owner,
                                                     Map<String, Object> input, String prefix, Node existing)
            throws RepositoryException {
        Map<String, PlannedValue> plan = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : input.entrySet()) {
            String path = prefix + e.getKey();
            Optional<PropertyDefinition> def = resolve(props, owner, e.getKey(), path);
            if (def.isEmpty()) {
                continue;
            }
            boolean translation = !def.get().name().equals(e.getKey());
            if (isEmpty(e.getValue())) {
                if (def.get().required() && !translation) {
                    problems.add(path, "required");
                } else {
                    plan.put(e.getKey(), new PlannedValue.Remove());
                }
                continue;
            }
            PlannedValue value = plan(def.get(), e.getValue(), path);
            if (value != null) {
                plan.put(e.getKey(), value);
            }
        }
        for (PropertyDefinition def : props) {
            if (def.required() && !input.containsKey(def.name()) && !storedIn(existing, def)) {
                problems.add(prefix + def.name(), "required");
            }
        }
        return plan;
    }

    /** The definition a key writes: the property itself, or one of its translations ({@code name_ar}). */
    private Optional<PropertyDefinition> resolve(List<PropertyDefinition> props, String owner, String key, String path) {
        Optional<PropertyDefinition> exact = find(props, key);
        if (exact.isPresent()) {
            return exact;
        }
        int cut = key.lastIndexOf('_');
        Optional<PropertyDefinition> base = cut > 0 ? find(props, key.substring(0, cut)) : Optional.empty();
        if (base.isEmpty()) {
            problems.add(path, "unknownProperty", owner);
            return Optional.empty();
        }
        String locale = key.substring(cut + 1);
        if (!base.get().i18n()) {
            problems.add(path, "notTranslatable", owner, base.get().name());
        } else if (locale.equals(locales.defaultLocale())) {
            problems.add(path, "defaultLocaleSuffix", owner, locale, base.get().name());
        } else if (!locales.isTranslation(locale)) {
            problems.add(path, "unknownLocale", owner, locale, String.join(", ", locales.locales()));
        } else {
            return base;
        }
        return Optional.empty();
    }

    private PlannedValue plan(PropertyDefinition def, Object value, String path) throws RepositoryException {
        if (def.type() instanceof PropertyType.SubModel sub) {
            return planSubModel(def, subModel(sub.name()), value, path);
        }
        if (def.multiple()) {
            if (!(value instanceof List<?> list)) {
                problems.add(path, "notAList");
                return null;
            }
            List<Object> values = new ArrayList<>();
            int before = problems.size();
            for (int i = 0; i < list.size(); i++) {
                Object one = list.get(i);
                if (isEmpty(one)) {
                    problems.add(path + "[" + i + "]", "emptyValue");
                } else {
                    values.add(single(def, one, path + "[" + i + "]"));
                }
            }
            return problems.size() == before ? new PlannedValue.Multi(values) : null;
        }
        if (value instanceof Collection<?>) {
            problems.add(path, "notSingle");
            return null;
        }
        Object v = single(def, value, path);
        return v == null ? null : new PlannedValue.Single(v);
    }

    private Object single(PropertyDefinition def, Object raw, String path) throws RepositoryException {
        if (def.type() instanceof PropertyType.Reference ref) {
            return references.check(ref.contentType(), raw, path, problems);
        }
        if (def.isAsset()) {
            return references.checkAsset(raw, path, problems);
        }
        Object v = ScalarParser.parse(((PropertyType.Scalar) def.type()).kind(), raw, path, problems);
        if (v instanceof String s) {
            if (!def.options().isEmpty() && !def.options().contains(s)) {
                problems.add(path, "notOneOf", String.join(", ", def.options()));
                return null;
            }
            for (ValidatorDefinition validator : def.validators()) {
                if (!patterns.get(validator).matcher(s).matches()) {
                    problems.addDefined(path, validator.errorMessage(), "does not have the required format");
                    return null;
                }
            }
        }
        return v;
    }

    private PlannedValue planSubModel(PropertyDefinition def, SubModelDefinition sub, Object value, String path)
            throws RepositoryException {
        List<Map<String, PlannedValue>> entries = new ArrayList<>();
        int before = problems.size();
        if (def.multiple()) {
            if (!(value instanceof List<?> list)) {
                problems.add(path, "notAList");
                return null;
            }
            for (int i = 0; i < list.size(); i++) {
                entry(sub, list.get(i), path + "[" + i + "]").ifPresent(entries::add);
            }
        } else if (value instanceof Collection<?>) {
            problems.add(path, "notSingle");
        } else {
            entry(sub, value, path).ifPresent(entries::add);
        }
        return problems.size() == before ? new PlannedValue.Entries(entries, def.multiple()) : null;
    }

    /** An entry is always written whole (its child node is replaced), so it is checked as on create. */
    private Optional<Map<String, PlannedValue>> entry(SubModelDefinition sub, Object raw, String path)
            throws RepositoryException {
        if (!(raw instanceof Map<?, ?> map)) {
            problems.add(path, "notAnObject", sub.name());
            return Optional.empty();
        }
        Map<String, Object> input = new LinkedHashMap<>();
        map.forEach((k, v) -> input.put(String.valueOf(k), v));
        return Optional.of(planProperties(sub.properties(), sub.name(), input, path + ".", null));
    }

    private SubModelDefinition subModel(String name) {
        return model.subModel(name).orElseThrow(() -> new IllegalStateException("unknown submodel " + name));
    }

    private static Optional<PropertyDefinition> find(List<PropertyDefinition> props, String name) {
        return props.stream().filter(p -> p.name().equals(name)).findFirst();
    }

    private static boolean storedIn(Node existing, PropertyDefinition def) throws RepositoryException {
        if (existing == null) {
            return false;
        }
        return def.isSubModel() ? existing.hasNode(def.name()) : existing.hasProperty(def.name());
    }

    /** What an editor form sends for "nothing here": null, blank text, an empty list or object. */
    static boolean isEmpty(Object value) {
        return value == null
                || value instanceof String s && s.isBlank()
                || value instanceof Collection<?> c && c.isEmpty()
                || value instanceof Map<?, ?> m && m.isEmpty();
    }
}
