package org.oicc.relations.dam;

import javax.jcr.RepositoryException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * One way in for every upload (the authoring API and the edit form): read at most the configured
 * size, check and re-encode ({@link ImageCheck}), store as a new author asset ({@link AssetStore}).
 */
public final class AssetUploads {

    private final DamSettings settings;
    private final ImageCheck check;
    private final AssetStore store;
    private final PendingAssets pending;

    public AssetUploads(DamSettings settings, AssetStore store) {
        this(settings, store, new PendingAssets(store, java.time.Clock.systemUTC(), PendingAssets.DEFAULT_GRACE));
    }

    public AssetUploads(DamSettings settings, AssetStore store, PendingAssets pending) {
        this.settings = settings;
        this.check = new ImageCheck(settings);
        this.store = store;
        this.pending = pending;
    }

    /** The edit forms' uploads not saved with an item yet. */
    public PendingAssets pending() {
        return pending;
    }

    public DamSettings settings() {
        return settings;
    }

    public AssetStore store() {
        return store;
    }

    /** Reads the upload, but never more than one byte past the limit (so a huge body costs no memory). */
    public byte[] read(InputStream in) throws IOException, AssetRefused {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, settings.maxBytes() + 1));
        if (bytes.length > settings.maxBytes()) {
            throw new AssetRefused(413, "fileTooLarge", "The file is larger than " + ImageCheck.size(settings.maxBytes())
                    + ", the most an image may have.", "fileOverLimit", ImageCheck.size(settings.maxBytes()));
        }
        return bytes;
    }

    /** Checks, re-encodes and stores: the new asset, or why the upload is refused (nothing is stored then). */
    public Asset upload(byte[] bytes, String fileName, Map<String, String> alt, String user) throws AssetRefused, RepositoryException {
        return upload(bytes, fileName, alt, user, false);
    }

    /** @param pending an edit form's upload, kept only once its item is saved ({@link PendingAssets}) */
    public Asset upload(byte[] bytes, String fileName, Map<String, String> alt, String user, boolean pending)
            throws AssetRefused, RepositoryException {
        CleanImage image = check.check(bytes);
        return store.create(fileName, image, alt, user, pending);
    }
}
