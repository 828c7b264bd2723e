package org.oicc.relations.bulk;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.oicc.relations.content.BatchWriter;
import org.oicc.relations.content.ContentRepositoryException;
import org.oicc.relations.content.ContentService;
import org.oicc.relations.content.ContentValidationException;
import org.oicc.relations.content.ValidationProblem;
import org.oicc.relations.definition.LightModule;

import javax.jcr.RepositoryException;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Imports a JSON Lines file into the author repository: one item per line (see {@link NodesApiLine}),
 * blank lines and lines starting with {@code #} skipped. Items are written in batches of
 * {@code batchSize} with one save each; a line that does not parse, names an unknown type or fails the
 * content service's check is reported with its number and changes nothing, the others go in.
 * A line may reference an item stored before or given on an earlier line.
 */
public final class JsonLinesImport {

    /** Longer lines are refused unread: no item of these content types comes near it. */
    static final int MAX_LINE_CHARS = 1 << 20;

    /** How often the progress is told, in lines: often enough for a bar, rare enough to cost nothing. */
    static final int PROGRESS_EVERY = 100;

    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

    private final ContentService content;
    private final NodesApiLine.Types types;
    private final int batchSize;

    public JsonLinesImport(LightModule module, ContentService content, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("batch size must be at least 1");
        }
        this.content = content;
        this.types = new NodesApiLine.Types(module);
        this.batchSize = batchSize;
    }

    /** A line applied to the current batch, remembered until the batch is saved. */
    private record Applied(long line, BatchWriter.Result result) {
    }

    public ImportReport run(Path file, String user, BatchWriter.Existing existing, ImportReport report,
                            ImportProgress progress, SavedBatchListener listener) throws IOException {
        progress.start(countLines(file));
        List<Applied> batch = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
             BatchWriter writer = content.batch(user, existing)) {
            long number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                importLine(number, line, writer, batch, report);
                if (writer.pending() >= batchSize || batch.size() >= batchSize) {
                    flush(writer, batch, report, listener);
                }
                if (number % PROGRESS_EVERY == 0) {
                    progress.advanced(number);
                }
            }
            flush(writer, batch, report, listener);
            progress.advanced(number);
        } finally {
            progress.finished();
        }
        return report;
    }

    private void importLine(long number, String line, BatchWriter writer, List<Applied> batch, ImportReport report) {
        if (line.isBlank() || line.startsWith("#")) {
            return;
        }
        if (line.length() > MAX_LINE_CHARS) {
            report.reject(number, null, "line longer than " + MAX_LINE_CHARS + " characters");
            return;
        }
        JsonNode json;
        try {
            json = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            report.reject(number, null, "not JSON: " + e.getOriginalMessage());
            return;
        }
        NodesApiLine item;
        try {
            item = NodesApiLine.parse(json, types);
        } catch (NodesApiLine.Unreadable e) {
            report.reject(number, NodesApiLine.nameOf(json), e.getMessage());
            return;
        }
        try {
            BatchWriter.Result result = writer.put(item.type().name(), item.name(), item.identifier(), item.input());
            if (result.outcome() == BatchWriter.Outcome.SKIPPED) {
                report.skip();
            }
            // skipped ones too: after a crash between the author's save and the publication, the
            // re-run's listener is what publishes them
            batch.add(new Applied(number, result));
        } catch (ContentValidationException e) {
            report.reject(number, item.name(), e.problems().stream().map(ValidationProblem::toString)
                    .collect(Collectors.joining("; ")));
        } catch (RepositoryException | ContentRepositoryException e) {
            report.reject(number, item.name(), "the repository refused it: " + e.getMessage());
        }
    }

    private static void flush(BatchWriter writer, List<Applied> batch, ImportReport report, SavedBatchListener listener)
            throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        try {
            List<BatchWriter.Result> written = new ArrayList<>();
            for (Applied a : batch) {
                if (a.result().outcome() != BatchWriter.Outcome.SKIPPED) {
                    written.add(a.result());
                }
            }
            if (!written.isEmpty()) {
                listener.saving(written, writer);
            }
            writer.save();
        } catch (Exception e) {
            discard(writer);
            // one save per batch: when it fails, every line of the batch is out, and says so
            for (Applied a : batch) {
                if (a.result().outcome() != BatchWriter.Outcome.SKIPPED) {
                    report.reject(a.line(), null, "its batch could not be saved: " + e.getMessage());
                }
            }
            batch.clear();
            return;
        }
        List<BatchWriter.Result> saved = new ArrayList<>();
        for (Applied a : batch) {
            saved.add(a.result());
            if (a.result().outcome() == BatchWriter.Outcome.CREATED) {
                report.created(1);
            } else if (a.result().outcome() == BatchWriter.Outcome.REPLACED) {
                report.replaced(1);
            }
        }
        batch.clear();
        try {
            listener.saved(saved);
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    /** After a failed save (which discards by itself) or a failed {@link SavedBatchListener#saving}. */
    private static void discard(BatchWriter writer) throws IOException {
        try {
            writer.discard();
        } catch (RepositoryException e) {
            throw new IOException("cannot discard a failed batch: " + e.getMessage(), e);
        }
    }

    /** One fast pass over the bytes, so the progress bar knows its end before the first item. */
    static long countLines(Path file) throws IOException {
        long lines = 0;
        boolean open = false;
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++) {
                    if (buffer[i] == '\n') {
                        lines++;
                        open = false;
                    } else {
                        open = true;
                    }
                }
            }
        }
        return open ? lines + 1 : lines;
    }
}
