package org.oicc.relations.dam;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks an asset that did not come through an upload (a bootstrap file, an import): Magnolia's
 * structure, and a binary that is an image of the recorded type and size, so an imported file can
 * never make {@code /dam} serve something else under an image's name.
 */
public final class AssetVerification {

    private AssetVerification() {
    }

    /** The problems of the asset node, empty when it is one the servlet may serve. */
    public static List<String> problems(Node asset, DamSettings settings) throws RepositoryException {
        List<String> out = new ArrayList<>();
        if (!asset.isNodeType(AssetNodes.ASSET)) {
            out.add("is a " + asset.getPrimaryNodeType().getName() + ", not an " + AssetNodes.ASSET);
            return out;
        }
        if (!asset.hasNode(AssetNodes.RESOURCE_NODE) || !asset.getNode(AssetNodes.RESOURCE_NODE).hasProperty(AssetNodes.DATA)) {
            out.add("has no " + AssetNodes.RESOURCE_NODE + "/" + AssetNodes.DATA);
            return out;
        }
        Node resource = asset.getNode(AssetNodes.RESOURCE_NODE);
        byte[] bytes;
        try (InputStream in = resource.getProperty(AssetNodes.DATA).getBinary().getStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            out.add("cannot read its binary");
            return out;
        }
        CleanImage image;
        try {
            image = new ImageCheck(settings).check(bytes);
        } catch (AssetRefused e) {
            out.add(AssetNodes.RESOURCE_NODE + "/" + AssetNodes.DATA + ": " + e.getMessage());
            return out;
        }
        String mime = resource.hasProperty(AssetNodes.MIME_TYPE) ? resource.getProperty(AssetNodes.MIME_TYPE).getString() : "";
        if (!mime.equals(image.format().mimeType())) {
            out.add(AssetNodes.RESOURCE_NODE + "/" + AssetNodes.MIME_TYPE + ": is '" + mime + "', the image is " + image.format().mimeType());
        }
        if (number(resource, AssetNodes.WIDTH) != image.width() || number(resource, AssetNodes.HEIGHT) != image.height()) {
            out.add(AssetNodes.RESOURCE_NODE + ": width and height must be the image's, " + image.width() + " × " + image.height());
        }
        if (!resource.hasProperty(AssetNodes.FILE_NAME) || !resource.getProperty(AssetNodes.FILE_NAME).getString()
                .matches("[A-Za-z0-9][A-Za-z0-9._-]{0,200}")) {
            out.add(AssetNodes.RESOURCE_NODE + "/" + AssetNodes.FILE_NAME + ": must be a plain file name (letters, digits, . _ -)");
        }
        return out;
    }

    private static long number(Node node, String name) throws RepositoryException {
        return node.hasProperty(name) ? node.getProperty(name).getLong() : -1;
    }
}
