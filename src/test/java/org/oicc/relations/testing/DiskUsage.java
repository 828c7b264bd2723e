package org.oicc.relations.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Disk taken by a repository folder, by part (the embedded database, each workspace's search
 * index, the version storage...), counted in allocated 4 KiB blocks as a file system does: what
 * made the old one-file-per-node format large was not bytes but blocks.
 */
public record DiskUsage(Map<String, Long> parts) {

    private static final long BLOCK = 4096;

    public static DiskUsage of(Path folder) {
        Map<String, Long> parts = new TreeMap<>();
        try (Stream<Path> files = Files.walk(folder)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                long size = Files.size(file);
                parts.merge(part(folder.relativize(file)), (size + BLOCK - 1) / BLOCK * BLOCK, Long::sum);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DiskUsage(parts);
    }

    /** {@code db/log}, {@code db/seg0}, {@code workspaces/<name>/index}, {@code version}, ... */
    private static String part(Path relative) {
        int keep = relative.getNameCount() > 1 && relative.getName(0).toString().equals("workspaces") ? 3 : 2;
        keep = Math.min(keep, relative.getNameCount() - 1);
        return keep <= 0 ? "(top)" : relative.subpath(0, keep).toString();
    }

    /**
     * Per table of a closed repository's embedded database, largest first: allocated KB and the
     * part of it Derby counts as free (space left by rewritten bundles, reused but not returned).
     */
    public static String derbyTables(Path repository) {
        String url = "jdbc:derby:" + repository.resolve("db");
        List<String> out = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url);
             Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT T.TABLENAME, S.CONGLOMERATENAME, S.ISINDEX, S.NUMALLOCATEDPAGES, S.NUMFREEPAGES,"
                     + " S.PAGESIZE, S.ESTIMSPACESAVING FROM SYS.SYSTABLES T, TABLE(SYSCS_DIAG.SPACE_TABLE(T.TABLENAME)) S"
                     + " WHERE T.TABLETYPE = 'T' ORDER BY S.NUMALLOCATEDPAGES * S.PAGESIZE DESC")) {
            while (r.next() && out.size() < 8) {
                long kb = r.getLong(4) * r.getLong(6) / 1024;
                out.add(r.getString(2) + (r.getBoolean(3) ? " (index)" : "") + " " + kb + " KB (free pages "
                        + r.getLong(5) + ", saving " + r.getLong(7) / 1024 + " KB)");
            }
        } catch (SQLException e) {
            out.add("cannot read: " + e.getMessage());
        } finally {
            try {
                DriverManager.getConnection(url + ";shutdown=true").close();
            } catch (SQLException expected) {
                // Derby reports a clean shutdown as an exception
            }
        }
        return String.join("; ", out);
    }

    public long total() {
        return parts.values().stream().mapToLong(Long::longValue).sum();
    }

    public DiskUsage minus(DiskUsage before) {
        Map<String, Long> out = new TreeMap<>(parts);
        before.parts.forEach((k, v) -> out.merge(k, -v, Long::sum));
        return new DiskUsage(out);
    }

    /** The parts, largest first, in KB. */
    @Override
    public String toString() {
        return parts.entrySet().stream().filter(e -> e.getValue() != 0)
                .sorted((a, b) -> Long.compare(Math.abs(b.getValue()), Math.abs(a.getValue())))
                .map(e -> e.getKey() + " " + e.getValue() / 1024 + " KB").collect(Collectors.joining(", "));
    }
}
