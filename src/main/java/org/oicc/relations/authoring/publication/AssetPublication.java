package org.oicc.relations.authoring.publication;

import org.oicc.relations.definition.LightModule;
import org.oicc.relations.repository.SessionProvider;
import org.oicc.relations.repository.Side;

import javax.jcr.ItemNotFoundException;
import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The assets the published items name go to the public side first, every time (an asset's
 * alternative text may have changed since): a public item never names an asset the public side
 * lacks. An asset key that names no asset is refused, naming it, and nothing is published.
 */
final class AssetPublication {

    private final LightModule module;
    private final SessionProvider sessions;
    private final ItemPublication items;

    AssetPublication(LightModule module, SessionProvider sessions, ItemPublication items) {
        this.module = module;
        this.sessions = sessions;
        this.items = items;
    }

    List<PublishedItem> publishAssets(String workspace, List<Node> published, String user)
            throws PublicationException, RepositoryException {
        if (LightModule.DAM.equals(workspace)) {
            return List.of();
        }
        ReferenceProperties rules = ReferenceProperties.of(module, workspace);
        Set<ReferenceProperties.Target> assets = new LinkedHashSet<>();
        for (Node item : published) {
            assets.addAll(rules.assetTargets(item));
        }
        List<PublishedItem> done = new ArrayList<>();
        for (ReferenceProperties.Target asset : assets) {
            Session dam = sessions.login(Side.AUTHOR, LightModule.DAM);
            try {
                Node node = dam.getNodeByIdentifier(asset.identifier());
                done.add(items.publishOne(dam, LightModule.DAM, node, user, null));
            } catch (ItemNotFoundException e) {
                throw new PublicationException(PublicationException.Reason.UNPUBLISHED_REFERENCES, "an image the item uses no longer "
                        + "exists: asset jcr:" + asset.identifier() + "; choose another image or remove it, then publish",
                        List.of(LightModule.DAM + ":jcr:" + asset.identifier()));
            } finally {
                dam.logout();
            }
        }
        return done;
    }
}
