package org.argmap.cli;

import java.nio.file.Path;
import java.util.List;
import org.argmap.load.CorpusLoader;
import org.argmap.load.LoadResult;
import org.argmap.load.LoaderLimits;
import picocli.CommandLine.Option;

/** The loader options shared by every command that reads maps (a picocli mixin). */
final class CorpusOptions {
    @Option(names = "--max-file-size", paramLabel = "BYTES", description = "Largest map file accepted (default: ${DEFAULT-VALUE}).")
    long maxFileSize = LoaderLimits.DEFAULT.maxFileBytes();

    @Option(names = "--allow-outside-texts",
            description = "Let 'text:' name files outside the corpus root (for serve: only on a loopback address).")
    boolean allowOutsideTexts;

    static List<Path> orDefault(List<Path> paths) {
        return paths == null || paths.isEmpty() ? List.of(Path.of("argmaps")) : paths;
    }

    /** Loads the maps under {@code paths} (default {@code argmaps/}). */
    LoadResult load(List<Path> paths) {
        return new CorpusLoader(LoaderLimits.DEFAULT.withMaxFileBytes(maxFileSize)).allowingOutsideTexts(allowOutsideTexts)
                .load(orDefault(paths));
    }
}
