package org.argmap.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.argmap.diag.Diagnostic;
import org.argmap.model.Corpus;

/**
 * What loading produced: the corpus (everything well-formed enough to use) and the diagnostics,
 * worst first: the files that could not be read first, each led by the error that broke it,
 * then the other files; within a file by line and column. Diagnostics that only follow from a
 * file that could not be read are not in {@link #diagnostics()} but folded under the error that
 * broke it ({@link #followOn()}; that error's hint counts them). See {@link FollowOn} for what
 * "follows from" means.
 *
 * @param corpus the corpus
 * @param diagnostics the problems to show, in order
 * @param files the map files read, as the user named them, sorted
 * @param followOn for each diagnostic in {@code diagnostics} that broke a file, the diagnostics that
 *        follow from it (sorted by file, line, column); empty for the others
 */
public record LoadResult(Corpus corpus, List<Diagnostic> diagnostics, List<String> files,
                         Map<Diagnostic, List<Diagnostic>> followOn) {
    public LoadResult {
        diagnostics = List.copyOf(diagnostics);
        files = List.copyOf(files);
        followOn = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(followOn));
    }

    /** A result with nothing folded. */
    public LoadResult(Corpus corpus, List<Diagnostic> diagnostics, List<String> files) {
        this(corpus, diagnostics, files, Map.of());
    }

    /** The diagnostics folded under {@code cause}, or an empty list. */
    public List<Diagnostic> followingFrom(Diagnostic cause) {
        return followOn.getOrDefault(cause, List.of());
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** Errors in {@link #diagnostics()} (folded ones not counted). */
    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    /** Warnings in {@link #diagnostics()} (folded ones not counted). */
    public long warningCount() {
        return diagnostics.size() - errorCount();
    }
}
