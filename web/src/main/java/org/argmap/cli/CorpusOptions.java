package org.argmap.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.argmap.load.CorpusLoader;
import org.argmap.load.LoadResult;
import org.argmap.load.LoaderLimits;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The corpus paths and loader limits shared by every command that reads maps. */
final class CorpusOptions {
    @Parameters(arity = "0..*", paramLabel = "PATH", description = "Map files or folders (default: argmaps/).")
    List<Path> paths = new ArrayList<>();

    @Option(names = "--max-file-size", paramLabel = "BYTES", description = "Largest map file accepted (default: ${DEFAULT-VALUE}).")
    long maxFileSize = LoaderLimits.DEFAULT.maxFileBytes();

    List<Path> pathsOrDefault() {
        return paths.isEmpty() ? List.of(Path.of("argmaps")) : paths;
    }

    LoadResult load() {
        return new CorpusLoader(LoaderLimits.DEFAULT.withMaxFileBytes(maxFileSize)).load(pathsOrDefault());
    }
}
