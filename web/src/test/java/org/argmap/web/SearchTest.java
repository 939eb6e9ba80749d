package org.argmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.argmap.model.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SearchTest {

    static Corpus corpus;

    @BeforeAll
    static void load(@TempDir Path dir) throws Exception {
        var r = MiniCorpus.load(MiniCorpus.write(dir));
        assertEquals(List.of(), r.diagnostics());
        corpus = r.corpus();
    }

    private static List<String> ids(Search.Result r) {
        return r.hits().stream().map(h -> h.type().word() + ":" + h.id()).toList();
    }

    @Test
    void foldsCaseAccentsAndTypographicPunctuationKeepingLength() {
        String s = "Ancien Régime \u201cOne\u201d \u2014 Tomáš";
        assertEquals("ancien regime \"one\" - tomas", Search.fold(s));
        assertEquals(s.length(), Search.fold(s).length());
    }

    @Test
    void everyWordMustOccurInTheSameItem() {
        assertEquals(List.of("source:a", "claim:a/one", "claim:b/one"), ids(Search.run(corpus, new Search.Query("REGIME", null, null, null))));
        assertEquals(List.of("claim:b/one"), ids(Search.run(corpus, new Search.Query("regime not", null, null, null))));
        assertEquals(List.of("claim:a/one"), ids(Search.run(corpus, new Search.Query("\"one\" day", null, null, null))));
        assertEquals(List.of("source:a"), ids(Search.run(corpus, new Search.Query("tomas novak", null, null, null))));
    }

    @Test
    void facetsCountWhatEachValueWouldShowGivenTheOtherFilters() {
        // "fall": a/one by its tag, a/two and b/one by their text, b's quote; a's quote says "fell".
        Search.Result r = Search.run(corpus, new Search.Query("fall", Search.Type.CLAIM, null, null));
        assertEquals(List.of("claim:a/one", "claim:a/two", "claim:b/one"), ids(r));
        assertEquals(Map.of("claim", 3, "quote", 1), r.types());
        assertEquals(Map.of("a", 2, "b", 1), r.sources());
        assertEquals(Map.of("thesis", 2, "fact", 1), r.kinds());
        Search.Result bySource = Search.run(corpus, new Search.Query("fall", Search.Type.CLAIM, "a", null));
        assertEquals(List.of("claim:a/one", "claim:a/two"), ids(bySource));
        assertEquals(Map.of("claim", 2), bySource.types());
        assertEquals(Map.of("a", 2, "b", 1), bySource.sources());
        assertEquals(Map.of("thesis", 1, "fact", 1), bySource.kinds());
        Search.Result byKind = Search.run(corpus, new Search.Query("fall", null, null, "thesis"));
        assertEquals(List.of("claim:a/one", "claim:b/one"), ids(byKind));
        assertEquals(Map.of("fact", 1, "thesis", 2, "statement", 1), byKind.kinds());
    }

    @Test
    void claimKindsQuoteKindsAndLanguagesAreCountedApart() {
        // Without a type filter the one "kind" list mixed the three; kindsByType keeps them apart.
        Search.Result r = Search.run(corpus, new Search.Query("", null, null, null));
        var byType = r.kindsByType();
        corpus.claims().forEach(c -> assertEquals(true, byType.get(Search.Type.CLAIM).containsKey(c.kind().word())));
        corpus.evidence().forEach(e -> assertEquals(true, byType.get(Search.Type.QUOTE).containsKey(e.kind().word())));
        assertEquals(corpus.sources().stream().map(s -> s.language()).distinct().sorted().toList(),
                List.copyOf(byType.get(Search.Type.SOURCE).keySet()));
        assertEquals(corpus.claims().size(), byType.get(Search.Type.CLAIM).values().stream().mapToInt(Integer::intValue).sum());
        assertEquals(corpus.evidence().size(), byType.get(Search.Type.QUOTE).values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void highlightsMatchesInTheOriginalTextEscaped() {
        Html h = new Html();
        Search.highlight(h, "Le Régime <b> régime", List.of("regime"));
        assertEquals("Le <mark>Régime</mark> &lt;b&gt; <mark>régime</mark>", h.toString());
    }
}
