package dev.talkwatch.ingest;

import java.util.ArrayList;
import java.util.List;

/** Collects the {@link ImportProblem}s found while reading one source. Not thread-safe. */
public final class ImportProblems {

    private final String source;
    private final List<ImportProblem> problems = new ArrayList<>();

    public ImportProblems(String source) {
        this.source = source;
    }

    public void add(String where, String message) {
        problems.add(new ImportProblem(source, where, message));
    }

    public List<ImportProblem> list() {
        return List.copyOf(problems);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }
}
