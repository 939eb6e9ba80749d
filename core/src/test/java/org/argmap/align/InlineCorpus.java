package org.argmap.align;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.argmap.load.CorpusLoader;
import org.argmap.load.LoadResult;

/**
 * Builds a small corpus in a folder from inline text: each source's claims with one quote each,
 * the text file made from the quotes, and an optional shared file.
 */
final class InlineCorpus {

    record C(String id, String text, String quote, String gloss, String stances) {
        static C of(String id, String text, String quote) {
            return new C(id, text, quote, null, null);
        }

        C stance(String yaml) {
            return new C(id, text, quote, gloss, yaml);
        }

        C gloss(String g) {
            return new C(id, text, quote, g, stances);
        }
    }

    private final Path dir;
    private final List<String> files = new ArrayList<>();

    InlineCorpus(Path dir) {
        this.dir = dir;
    }

    InlineCorpus source(String id, String language, C... claims) {
        StringBuilder text = new StringBuilder();
        StringBuilder y = new StringBuilder("source:\n  id: " + id + "\n  title: " + id + "\n  language: " + language
                + "\n  text: " + id + ".txt\nclaims:\n");
        for (C c : claims) {
            text.append(c.quote()).append("\n\n");
            y.append("  - id: ").append(c.id()).append("\n    text: \"").append(c.text().replace("\"", "\\\"")).append("\"\n");
            y.append("    evidence:\n      - quote: \"").append(c.quote().replace("\"", "\\\"")).append("\"\n");
            if (c.gloss() != null) {
                y.append("        gloss: \"").append(c.gloss()).append("\"\n");
            }
            if (c.stances() != null) {
                y.append("    stances:\n").append(c.stances().indent(6));
            }
        }
        write(id + ".txt", text.toString());
        write(id + ".yaml", y.toString());
        return this;
    }

    InlineCorpus shared(String yaml) {
        write("shared.yaml", yaml);
        return this;
    }

    private void write(String name, String content) {
        try {
            Files.writeString(dir.resolve(name), content);
            files.add(name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    LoadResult load() {
        return new CorpusLoader().load(List.of(dir));
    }
}
