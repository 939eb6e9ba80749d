package org.argmap.load;

import java.util.List;
import org.argmap.diag.Diagnostic;
import org.argmap.model.Corpus;

/**
 * What loading produced: the corpus (everything well-formed enough to use) and every
 * diagnostic, sorted by file, line and column.
 *
 * @param corpus the corpus
 * @param diagnostics all problems found
 * @param files the map files read, as the user named them, sorted
 */
public record LoadResult(Corpus corpus, List<Diagnostic> diagnostics, List<String> files) {
    public LoadResult {
        diagnostics = List.copyOf(diagnostics);
        files = List.copyOf(files);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return diagnostics.size() - errorCount();
    }
}
