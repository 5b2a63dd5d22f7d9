package dev.talkwatch.ingest;

import java.io.IOException;

/**
 * Reads one source format. Entries it cannot read go to {@code problems}; a source it cannot read
 * at all throws {@link UnreadableSourceException}.
 */
public interface SourceReader {
    SourceContent read(Source source, ImportProblems problems) throws IOException;
}
