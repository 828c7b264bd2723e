package org.oicc.relations.bulk;

/** Told how far an import is, in lines read; the command line draws a bar or prints lines. */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void start(long totalLines) {
        }

        @Override
        public void advanced(long linesRead) {
        }

        @Override
        public void finished() {
        }
    };

    /** @param totalLines the number of lines in the file, known before the first one is read */
    void start(long totalLines);

    /** @param linesRead the lines read so far (not a delta) */
    void advanced(long linesRead);

    void finished();
}
