package org.oicc.relations.authoring.publication.subscribers;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that after a crash it is either absent or complete: a temporary file beside it,
 * forced to disk, renamed over the target, then the folder forced so the rename itself survives.
 */
final class DurableFiles {

    static final String TEMP_SUFFIX = ".tmp";

    private DurableFiles() {
    }

    static void write(Path target, byte[] bytes) throws IOException {
        Path folder = target.getParent();
        Path temp = Files.createTempFile(folder, target.getFileName().toString(), TEMP_SUFFIX);
        try (FileChannel out = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes);
            while (buffer.hasRemaining()) {
                out.write(buffer);
            }
            out.force(true);
        }
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        forceFolder(folder);
    }

    static void forceFolder(Path folder) {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException e) {
            // some systems (Windows) cannot open a folder; the rename is then as durable as the OS makes it
        }
    }

    /** Leftovers of a write a crash interrupted: never renamed, so never part of the journal. */
    static void deleteTemporaries(Path folder) throws IOException {
        try (var files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(TEMP_SUFFIX)).toList()) {
                Files.deleteIfExists(f);
            }
        }
    }
}
