package org.oicc.relations.server;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.oicc.relations.bulk.ImportProgress;

import java.io.PrintWriter;

/**
 * The import's progress as a person or a log wants it: a progress bar when the command runs on a
 * terminal, plain lines ({@code imported 20000 of 100000 lines (20%)}) every 10% otherwise, so CI
 * logs and redirected output stay readable.
 */
final class ImportProgressOutput {

    private ImportProgressOutput() {
    }

    /** @param terminal whether a person watches (the JVM has a console) */
    static ImportProgress of(boolean terminal, PrintWriter err) {
        return terminal ? new Bar() : new Lines(err);
    }

    static boolean onTerminal() {
        return System.console() != null;
    }

    /** me.tongfei:progressbar, drawn on stderr so stdout stays clean for whatever is piped. */
    private static final class Bar implements ImportProgress {
        private ProgressBar bar;

        @Override
        public void start(long totalLines) {
            bar = new ProgressBarBuilder().setTaskName("import").setInitialMax(totalLines).setUnit(" lines", 1)
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).showSpeed().build();
        }

        @Override
        public void advanced(long linesRead) {
            bar.stepTo(linesRead);
        }

        @Override
        public void finished() {
            if (bar != null) {
                bar.close();
            }
        }
    }

    private static final class Lines implements ImportProgress {
        private final PrintWriter err;
        private final long started = System.nanoTime();
        private long total;
        private long nextReport;

        Lines(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void start(long totalLines) {
            total = totalLines;
            nextReport = step();
        }

        @Override
        public void advanced(long linesRead) {
            if (linesRead < nextReport || linesRead >= total) {
                return;
            }
            long seconds = Math.max(1, (System.nanoTime() - started) / 1_000_000_000L);
            err.println("imported " + linesRead + " of " + total + " lines (" + linesRead * 100 / total + "%, "
                    + linesRead / seconds + " lines/s)");
            err.flush();
            nextReport = linesRead + step();
        }

        @Override
        public void finished() {
            // the command prints the summary line
        }

        private long step() {
            return Math.max(100, total / 10);
        }
    }
}
