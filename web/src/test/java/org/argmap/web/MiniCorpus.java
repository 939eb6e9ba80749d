package org.argmap.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.argmap.load.CorpusLoader;
import org.argmap.load.LoadResult;

/** A two-source corpus written to a folder, small enough to know every expected value. */
final class MiniCorpus {

    static final String PROPOSITIONS = """
            propositions:
              - id: p
                text: P holds.
              - id: q
                text: Q holds.
              - id: r
                text: R holds.
              - id: s
                text: S holds.
            relations:
              - from: q
                to: r
                type: contrary
            """;

    static final String A = """
            source:
              id: a
              title: Ancien Régime
              authors: [Tomáš Novák]
              date: 2001
              language: en
              text: a.txt
            claims:
              - id: one
                text: The régime fell in “one” day.
                kind: thesis
                tags: [fall]
                evidence:
                  - quote: "It fell in a day."
                stances:
                  - proposition: p
                    stance: affirms
                  - proposition: q
                    stance: affirms
                  - proposition: s
                    stance: affirms
              - id: two
                text: A fact about the fall.
                kind: fact
            """;

    static final String B = """
            source:
              id: b
              title: Other View
              authors: []
              date: 2002
              language: en
              text: b.txt
            claims:
              - id: one
                text: The regime did not fall.
                kind: thesis
                evidence:
                  - quote: "It did not fall."
                stances:
                  - proposition: p
                    stance: denies
                  - proposition: r
                    stance: affirms
                  - proposition: s
                    stance: affirms
            """;

    private MiniCorpus() {
    }

    static Path write(Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "Intro. It fell in a day. End.\n");
        Files.writeString(dir.resolve("b.txt"), "It did not fall. Really.\n");
        Files.writeString(dir.resolve("a.yaml"), A);
        Files.writeString(dir.resolve("b.yaml"), B);
        Files.writeString(dir.resolve("propositions.yaml"), PROPOSITIONS);
        return dir;
    }

    static LoadResult load(Path dir) {
        return new CorpusLoader().load(List.of(dir));
    }
}
