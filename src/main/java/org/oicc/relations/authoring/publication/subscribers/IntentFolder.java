package org.oicc.relations.authoring.publication.subscribers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.oicc.relations.authoring.publication.PublicationIntents;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * {@link PublicationIntents} as one small file each in {@code <data>/publication/in-progress/},
 * written durably ({@link DurableFiles}) before a publication's first write and deleted after its
 * last. Named {@code <millis>-<counter>.json} (fixed width) so that names sort in the order the
 * publications began.
 */
public final class IntentFolder implements PublicationIntents {

    private static final Logger LOG = LoggerFactory.getLogger(IntentFolder.class);

    private final Path folder;
    private final ObjectMapper json;
    private final AtomicLong counter = new AtomicLong();

    public IntentFolder(Path folder, ObjectMapper json) {
        this.folder = folder;
        this.json = json;
        try {
            Files.createDirectories(folder);
            DurableFiles.deleteTemporaries(folder);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use " + folder, e);
        }
    }

    @Override
    public Intent begin(Kind kind, String workspace, String identifier, String user) {
        String id = String.format("%013d-%09d", System.currentTimeMillis(), counter.incrementAndGet());
        ObjectNode body = json.createObjectNode().put("kind", kind.name()).put("workspace", workspace)
                .put("identifier", identifier).put("user", user);
        try {
            DurableFiles.write(folder.resolve(id + ".json"), json.writeValueAsBytes(body));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the publication in " + folder, e);
        }
        return new Intent(id, kind, workspace, identifier, user);
    }

    @Override
    public void done(Intent intent) {
        try {
            Files.deleteIfExists(folder.resolve(intent.id() + ".json"));
        } catch (IOException e) {
            // left behind, it is finished again at the next start: an extra version, nothing lost
            LOG.warn("cannot delete the finished publication record {}: {}", intent.id(), e.getMessage());
        }
    }

    @Override
    public List<Intent> interrupted() {
        List<Intent> found = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("\\d{13}-\\d{9}\\.json")).sorted().toList()) {
                String name = f.getFileName().toString();
                try {
                    JsonNode body = json.readTree(f.toFile());
                    found.add(new Intent(name.substring(0, name.length() - ".json".length()),
                            Kind.valueOf(body.path("kind").asText()), body.path("workspace").asText(),
                            body.path("identifier").asText(), body.path("user").asText()));
                } catch (IOException | RuntimeException e) {
                    // only ever renamed into place complete: damage from outside, kept for a human
                    LOG.error("unreadable publication record {} (left in place, skipped): {}", f, e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + folder, e);
        }
        return found;
    }
}
