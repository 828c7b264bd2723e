package org.oicc.relations.server;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One process per data folder. Taken before any repository starts, so a second process stops with
 * one clear line instead of Jackrabbit's "not shut down properly" warning about its own lock file.
 * The OS releases the lock if the process dies, so a crash never leaves the folder locked.
 */
final class DataFolderLock implements AutoCloseable {

    static final String FILE = ".oicc-relations.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    static DataFolderLock acquire(Path data) {
        Path folder = data.toAbsolutePath().normalize();
        FileChannel channel = null;
        try {
            Files.createDirectories(folder);
            channel = FileChannel.open(folder.resolve(FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw inUse(folder);
            }
            return new DataFolderLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw inUse(folder);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new CliError("cannot use data folder " + folder + ": " + e.getMessage(), 4);
        } catch (CliError e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static CliError inUse(Path folder) {
        return new CliError("data folder " + folder + " is in use by another process (stop it, or choose another --data)", 4);
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // already failing; the first error is the one to report
            }
        }
    }

    @Override
    public synchronized void close() {
        if (!channel.isOpen()) {
            return;
        }
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            throw new IllegalStateException("cannot release the data folder lock", e);
        }
    }
}
