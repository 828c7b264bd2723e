package org.oicc.relations.dam;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/**
 * Runs {@link PendingAssets#sweep} on one background thread, first a minute after start and then at
 * a fixed period, until closed (with the server). A failed sweep is logged and tried again next time.
 */
public final class PendingAssetSweeper implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PendingAssetSweeper.class);

    private final ScheduledExecutorService executor;

    private PendingAssetSweeper(ScheduledExecutorService executor) {
        this.executor = executor;
    }

    /** @param used whether an item names the asset */
    public static PendingAssetSweeper start(PendingAssets pending, Predicate<AssetKey> used, Duration period) {
        ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "pending-asset-sweeper");
            t.setDaemon(true);
            return t;
        });
        executor.scheduleWithFixedDelay(() -> {
            try {
                pending.sweep(used);
            } catch (Exception | LinkageError e) {
                LOG.warn("could not delete the images of edit forms never saved; trying again in {}", period, e);
            }
        }, Math.min(60, period.toSeconds()), period.toSeconds(), TimeUnit.SECONDS);
        return new PendingAssetSweeper(executor);
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
