package org.argmap.render;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.argmap.load.CorpusLoader;
import org.argmap.load.LoadResult;
import org.argmap.model.Corpus;

/** The corpora the render tests draw: the real one in argmaps/, and a small multilingual one written to a folder. */
public final class Fixtures {
    private static Corpus real;

    private Fixtures() {
    }

    /** The project's real corpus, loaded once; it must load without errors. */
    public static synchronized Corpus realCorpus() {
        if (real == null) {
            LoadResult r = new CorpusLoader().load(List.of(Path.of("../argmaps")));
            assertFalse(r.hasErrors(), () -> "argmaps/ has errors: " + r.diagnostics());
            real = r.corpus();
        }
        return real;
    }

    /** The Hungarian test string: every long and short accented vowel (í, é, ő, ű, ú, ö, ü, á, ó). */
    public static final String HUNGARIAN = "árvíztűrő tükörfúrógép";

    /**
     * Three sources in two camps on three propositions, with a Hungarian source, the Dutch source's real text
     * (seeds/westerlund-2019.txt) and an undercut:
     * hu-a (camp-one) affirms p1 and p2; nl-b (camp-two) denies p1 and affirms p3; en-c (camp-one) affirms p1
     * and qualifies p2 (implied); p2 and p3 are contrary.
     */
    public static Corpus smallCorpus(Path dir) {
        try {
            // the Dutch source's real text (Westerlund 2019), byte for byte
            Files.copy(Path.of("../seeds/westerlund-2019.txt"), dir.resolve("nl.txt"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        write(dir, Map.of(
                "hu.txt", "A munkástanácsok a hatalom szervei voltak: " + HUNGARIAN + ".\n\nA forradalom őszinte volt.\n",
                "en.txt", "The councils were real. The regime was not socialist.\n",
                "hu-a.yaml", """
                        source:
                          id: hu-a
                          title: "Magyar forradalom: őszinte szavak"
                          authors: [Kovács Éva]
                          outlet: Népszava
                          date: 1956-10-23
                          language: hu
                          text: hu.txt
                          tradition: camp-one
                        claims:
                          - id: councils
                            text: "The workers' councils were organs of power (%s)."
                            kind: thesis
                            evidence:
                              - quote: "A munkástanácsok a hatalom szervei voltak"
                                gloss: The workers' councils were organs of power.
                            stances:
                              - proposition: p1
                                stance: affirms
                              - proposition: p2
                                stance: affirms
                          - id: honest
                            text: The revolution was honest.
                            kind: premise
                            evidence:
                              - quote: "A forradalom őszinte volt."
                                gloss: The revolution was honest.
                          - id: doubt
                            text: Honesty says nothing about power.
                            kind: objection
                        relations:
                          - id: r-honest
                            from: honest
                            to: councils
                            type: supports
                          - from: doubt
                            to: r-honest
                            type: undercuts
                        """.formatted(HUNGARIAN),
                "nl-b.yaml", """
                        source:
                          id: nl-b
                          title: De echte Lenin
                          authors: [Per-Åke Westerlund]
                          outlet: Socialisme.be
                          date: 2019
                          language: nl
                          text: nl.txt
                          tradition: camp-two
                        claims:
                          - id: last-congress
                            text: It was Lenin's last congress.
                            kind: fact
                            evidence:
                              - quote: "Het was het laatste congres van Lenin."
                                gloss: It was Lenin's last congress.
                              - quote: "De revoluties liepen op nederlagen uit in Hongarije, Duitsland, Beieren, Oostenrijk en Italië."
                                gloss: The revolutions ended in defeats in Hungary, Germany, Bavaria, Austria and Italy.
                            stances:
                              - proposition: p1
                                stance: denies
                              - proposition: p3
                                stance: affirms
                        """,
                "en-c.yaml", """
                        source:
                          id: en-c
                          title: Councils
                          authors: []
                          outlet: Test
                          date: 2020
                          language: en
                          text: en.txt
                          tradition: camp-one
                        claims:
                          - id: real
                            text: The councils were real.
                            kind: fact
                            evidence:
                              - quote: "The councils were real."
                            stances:
                              - proposition: p1
                                stance: affirms
                              - proposition: p2
                                stance: qualifies
                                implied: true
                        """,
                "shared.yaml", """
                        propositions:
                          - id: p1
                            text: The councils held power.
                            question: power
                          - id: p2
                            text: The regime was a workers' state.
                            question: regime
                          - id: p3
                            text: The regime was state capitalist.
                            question: regime
                        relations:
                          - from: p2
                            to: p3
                            type: contrary
                        """));
        LoadResult r = new CorpusLoader().load(List.of(dir));
        assertFalse(r.hasErrors(), () -> "fixture has errors: " + r.diagnostics());
        return r.corpus();
    }

    private static void write(Path dir, Map<String, String> files) {
        try {
            for (var e : files.entrySet()) {
                Files.writeString(dir.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
