package org.oicc.relations.repository;

import java.util.List;

import javax.jcr.PropertyType;

import org.xml.sax.ContentHandler;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.AttributesImpl;

/**
 * Feeds a {@link BootstrapNode} tree to a JCR import content handler as a system-view document.
 * System view is the one import path that keeps {@code jcr:uuid} as the node's identifier and sets
 * every property with its exact type, which is what a faithful bootstrap needs.
 */
final class SystemViewEmitter {

    private static final String SV = "http://www.jcp.org/jcr/sv/1.0";

    private final ContentHandler handler;

    SystemViewEmitter(ContentHandler handler) {
        this.handler = handler;
    }

    void emit(BootstrapNode root) throws SAXException {
        handler.startDocument();
        handler.startPrefixMapping("sv", SV);
        node(root);
        handler.endPrefixMapping("sv");
        handler.endDocument();
    }

    private void node(BootstrapNode node) throws SAXException {
        handler.startElement(SV, "node", "sv:node", attributes("name", node.name()));
        // System view requires jcr:primaryType first, then jcr:mixinTypes and jcr:uuid.
        property(YamlBootstrapParser.PRIMARY_TYPE, PropertyType.NAME, false, List.of(node.primaryType()));
        if (!node.mixins().isEmpty()) {
            property(YamlBootstrapParser.MIXIN_TYPES, PropertyType.NAME, true, node.mixins());
        }
        if (node.uuid() != null) {
            property(YamlBootstrapParser.UUID, PropertyType.STRING, false, List.of(node.uuid()));
        }
        for (BootstrapProperty p : node.properties()) {
            property(p.name(), p.type(), p.multiple(), p.values());
        }
        for (BootstrapNode child : node.children()) {
            node(child);
        }
        handler.endElement(SV, "node", "sv:node");
    }

    private void property(String name, int type, boolean multiple, List<String> values) throws SAXException {
        AttributesImpl attributes = attributes("name", name);
        attributes.addAttribute(SV, "type", "sv:type", "CDATA", PropertyType.nameFromValue(type));
        if (multiple) {
            attributes.addAttribute(SV, "multiple", "sv:multiple", "CDATA", "true");
        }
        handler.startElement(SV, "property", "sv:property", attributes);
        for (String value : values) {
            handler.startElement(SV, "value", "sv:value", new AttributesImpl());
            char[] chars = value.toCharArray();
            handler.characters(chars, 0, chars.length);
            handler.endElement(SV, "value", "sv:value");
        }
        handler.endElement(SV, "property", "sv:property");
    }

    private static AttributesImpl attributes(String local, String value) {
        AttributesImpl attributes = new AttributesImpl();
        attributes.addAttribute(SV, local, "sv:" + local, "CDATA", value);
        return attributes;
    }
}
