package org.oicc.relations.rendering;

import org.oicc.relations.repository.StoredPaths;
import freemarker.template.ObjectWrapper;
import freemarker.template.SimpleDate;
import freemarker.template.TemplateDateModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import org.oicc.relations.content.I18nValues;

import javax.jcr.Node;
import javax.jcr.Property;
import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Magnolia's {@code content} in templates: a node as a hash. {@code content.title} is the property in
 * the request's language, falling back to English per property; {@code content.main} a child node;
 * {@code content.@name}, {@code @path}, {@code @id}, {@code @nodeType}, {@code @depth} as in Magnolia's
 * ContentMap. Values are read when the template asks, from the request's session.
 */
final class ContentMap implements TemplateHashModel {

    private final Node node;
    private final String language;
    private final ObjectWrapper wrapper;

    ContentMap(Node node, String language, ObjectWrapper wrapper) {
        this.node = node;
        this.language = language;
        this.wrapper = wrapper;
    }

    Node node() {
        return node;
    }

    /** Wraps a node, or gives null (FreeMarker's "missing") for none. */
    ContentMap wrap(Node other) {
        return other == null ? null : new ContentMap(other, language, wrapper);
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
        try {
            switch (key) {
                case "@name": return wrapper.wrap(node.getDepth() == 0 ? "" : node.getName());
                case "@path": return wrapper.wrap(StoredPaths.of(node).client(node));
                case "@id": return wrapper.wrap(node.getIdentifier());
                case "@nodeType": return wrapper.wrap(node.getPrimaryNodeType().getName());
                case "@depth": return wrapper.wrap(StoredPaths.of(node).clientDepth(node));
                default: break;
            }
            Optional<Object> value = value(key);
            if (value.isPresent()) {
                return wrapValue(value.get());
            }
            if (isChildName(key) && node.hasNode(key)) {
                return wrap(node.getNode(key));
            }
            return null;
        } catch (RepositoryException e) {
            throw new TemplateModelException("cannot read '" + key + "' of " + describe(), e);
        }
    }

    /** The property's value in the request's language (English when not translated), as Java values. */
    Optional<Object> value(String key) throws RepositoryException {
        if (!isChildName(key)) {
            return Optional.empty();
        }
        Optional<Property> property = I18nValues.localized(node, key, language);
        if (property.isEmpty() || property.get().getType() == PropertyType.BINARY) {
            return Optional.empty();
        }
        Property p = property.get();
        if (p.isMultiple()) {
            List<Object> values = new ArrayList<>();
            for (Value v : p.getValues()) {
                values.add(javaValue(v));
            }
            return Optional.of(values);
        }
        return Optional.of(javaValue(p.getValue()));
    }

    private TemplateModel wrapValue(Object value) throws TemplateModelException {
        if (value instanceof java.util.Date date) {
            return new SimpleDate(date, TemplateDateModel.DATETIME);
        }
        if (value instanceof List<?> list && !list.isEmpty() && list.get(0) instanceof java.util.Date) {
            List<TemplateModel> dates = new ArrayList<>();
            for (Object d : list) {
                dates.add(new SimpleDate((java.util.Date) d, TemplateDateModel.DATETIME));
            }
            return wrapper.wrap(dates);
        }
        return wrapper.wrap(value);
    }

    private static Object javaValue(Value v) throws RepositoryException {
        return switch (v.getType()) {
            case PropertyType.LONG -> v.getLong();
            case PropertyType.DOUBLE -> v.getDouble();
            case PropertyType.DECIMAL -> v.getDecimal();
            case PropertyType.BOOLEAN -> v.getBoolean();
            case PropertyType.DATE -> v.getDate().getTime();
            default -> v.getString();
        };
    }

    /** JCR names only: keeps odd keys (with '/' or '[') from being read as relative paths. */
    private static boolean isChildName(String key) {
        return !key.isEmpty() && key.indexOf('/') < 0 && key.indexOf('[') < 0 && !key.equals(".") && !key.equals("..");
    }

    String describe() {
        try {
            return node.getSession().getWorkspace().getName() + ":" + StoredPaths.of(node).client(node);
        } catch (RepositoryException e) {
            return "a node";
        }
    }

    @Override
    public boolean isEmpty() {
        return false;
    }
}
