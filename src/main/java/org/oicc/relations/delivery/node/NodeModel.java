package org.oicc.relations.delivery.node;

import org.oicc.relations.definition.ContentTypeDefinition;
import org.oicc.relations.definition.LightModule;
import org.oicc.relations.definition.ModelDefinition;
import org.oicc.relations.definition.PropertyDefinition;
import org.oicc.relations.definition.PropertyType;
import org.oicc.relations.definition.SubModelDefinition;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * The content-type properties a node carries, in definition order, so the JSON follows the model
 * the editors see and the bytes of an answer never depend on how Jackrabbit happens to iterate.
 * An item node carries its model's properties; the node of a multiple submodel property
 * ({@code relationships}) carries none and its children ({@code 0, 1, ...}) the submodel's; the node
 * of a single submodel property carries the submodel's directly. Anything else has no definition.
 *
 * @param model the content type's model (for submodel look-ups), null when the node has no definition
 * @param properties the properties defined for this node, in definition order
 * @param entriesOf for the container of a multiple submodel: the submodel of its entries
 */
record NodeModel(ModelDefinition model, List<PropertyDefinition> properties, SubModelDefinition entriesOf) {

    static final NodeModel NONE = new NodeModel(null, List.of(), null);

    NodeModel {
        properties = List.copyOf(properties);
    }

    static NodeModel item(ModelDefinition model) {
        return new NodeModel(model, model.properties(), null);
    }

    /**
     * The model of any node: found from its workspace's content type and the path from the
     * enclosing item down to it. Used once per rendered tree (and per expanded reference); the
     * tree below is then walked with {@link #child}.
     */
    static NodeModel of(LightModule module, Node node) throws RepositoryException {
        Optional<ContentTypeDefinition> type = module.contentTypeOfWorkspace(node.getSession().getWorkspace().getName());
        if (type.isEmpty()) {
            return NONE;
        }
        Deque<String> below = new ArrayDeque<>();
        Node current = node;
        while (!current.isNodeType(type.get().nodeType())) {
            if (current.getDepth() == 0) {
                return NONE;
            }
            below.push(current.getName());
            current = current.getParent();
        }
        NodeModel model = item(type.get().model());
        for (String name : below) {
            model = model.child(name);
        }
        return model;
    }

    /** The model of the child node {@code name}. */
    NodeModel child(String name) {
        if (model == null) {
            return NONE;
        }
        if (entriesOf != null) {
            return new NodeModel(model, entriesOf.properties(), null);
        }
        for (PropertyDefinition p : properties) {
            if (p.name().equals(name) && p.type() instanceof PropertyType.SubModel sub) {
                Optional<SubModelDefinition> definition = model.subModel(sub.name());
                if (definition.isEmpty()) {
                    return NONE;
                }
                return p.multiple()
                        ? new NodeModel(model, List.of(), definition.get())
                        : new NodeModel(model, definition.get().properties(), null);
            }
        }
        return NONE;
    }
}
