package org.oicc.relations.authoring.publication;

import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.DeliveryEndpointDefinition;
import org.oicc.relations.definition.EndpointDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.definition.PropertyType;
import org.oicc.relations.definition.ReferenceDefinition;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Property;
import javax.jcr.PropertyIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Which properties of an item hold references, and into which workspace: from the content type's
 * {@code reference:} properties, and for other workspaces (pages) from the delivery endpoints'
 * {@code references} rules. Both come from the light module; nothing is guessed from values.
 */
final class ReferenceProperties {

    /** A referenced item: identifier and the workspace it lives in. */
    record Target(String workspace, String identifier) {
    }

    private record Rule(Predicate<String> property, String targetWorkspace) {
    }

    private static final String ASSET_KEY_PREFIX = "jcr:";

    private final List<Rule> rules;
    /** The content type's {@code asset} properties: their values are asset keys {@code jcr:<id>} of the dam workspace. */
    private final Set<String> assetProperties;

    private ReferenceProperties(List<Rule> rules, Set<String> assetProperties) {
        this.rules = rules;
        this.assetProperties = assetProperties;
    }

    static ReferenceProperties of(LightModule module, String workspace) {
        List<Rule> rules = new ArrayList<>();
        Set<String> assets = new LinkedHashSet<>();
        module.contentTypeOfWorkspace(workspace).ifPresent(type -> type.model().assetProperties().forEach(p -> assets.add(p.name())));
        module.contentTypeOfWorkspace(workspace).ifPresent(type -> {
            for (PropertyDefinition p : type.model().referenceProperties()) {
                if (p.type() instanceof PropertyType.Reference r) {
                    module.contentType(r.contentType()).map(ContentTypeDefinition::workspace)
                            .ifPresent(target -> rules.add(new Rule(p.name()::equals, target)));
                }
            }
        });
        for (EndpointDefinition e : module.endpoints().values()) {
            if (e instanceof DeliveryEndpointDefinition d && d.workspace().equals(workspace)) {
                for (ReferenceDefinition r : d.references()) {
                    rules.add(new Rule(r::appliesTo, r.targetWorkspace()));
                }
            }
        }
        return new ReferenceProperties(rules, assets);
    }

    /** The assets the item (or its content children) names: published with it, so the public side never names a missing one. */
    Set<Target> assetTargets(Node item) throws RepositoryException {
        Set<Target> out = new LinkedHashSet<>();
        collectAssets(item, out);
        return out;
    }

    private void collectAssets(Node node, Set<Target> out) throws RepositoryException {
        for (String name : assetProperties) {
            if (node.hasProperty(name)) {
                Property p = node.getProperty(name);
                for (Value v : p.isMultiple() ? p.getValues() : new Value[] {p.getValue()}) {
                    String key = v.getString();
                    if (key.startsWith(ASSET_KEY_PREFIX) && key.length() > ASSET_KEY_PREFIX.length()) {
                        out.add(new Target(LightModule.DAM, key.substring(ASSET_KEY_PREFIX.length())));
                    }
                }
            }
        }
        for (NodeIterator it = node.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (ItemTree.isPartOfItem(child)) {
                collectAssets(child, out);
            }
        }
    }

    /** Every reference held by the item itself or its content children (not by child items). */
    Set<Target> targets(Node item) throws RepositoryException {
        Set<Target> out = new LinkedHashSet<>();
        collect(item, out);
        return out;
    }

    private void collect(Node node, Set<Target> out) throws RepositoryException {
        for (PropertyIterator it = node.getProperties(); it.hasNext();) {
            Property p = it.nextProperty();
            for (Rule rule : rules) {
                if (rule.property().test(p.getName())) {
                    for (Value v : p.isMultiple() ? p.getValues() : new Value[] {p.getValue()}) {
                        if (!v.getString().isBlank()) {
                            out.add(new Target(rule.targetWorkspace(), v.getString()));
                        }
                    }
                }
            }
        }
        for (NodeIterator it = node.getNodes(); it.hasNext();) {
            Node child = it.nextNode();
            if (ItemTree.isPartOfItem(child)) {
                collect(child, out);
            }
        }
    }
}
