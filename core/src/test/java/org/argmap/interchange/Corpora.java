package org.argmap.interchange;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.argmap.load.CorpusLoader;
import org.argmap.load.LoadResult;
import org.argmap.model.Corpus;

/** The project's real corpus, {@code argmaps/} at the repository root. */
public final class Corpora {
    private Corpora() {
    }

    public static Corpus real() {
        LoadResult r = new CorpusLoader().load(List.of(Path.of("..", "argmaps")));
        assertTrue(!r.corpus().claims().isEmpty(), "argmaps/ has claims");
        return r.corpus();
    }
}
