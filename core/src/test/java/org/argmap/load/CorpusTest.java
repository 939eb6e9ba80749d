package org.argmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.argmap.model.Claim;
import org.argmap.model.Corpus;
import org.argmap.model.Evidence;
import org.argmap.model.Source;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The real corpus in {@code argmaps/}: it loads cleanly, and a careless edit that drops content fails here. */
class CorpusTest {
    static LoadResult result;
    static Corpus corpus;

    @BeforeAll
    static void load() {
        result = new CorpusLoader().load(List.of(Path.of("../argmaps")));
        corpus = result.corpus();
    }

    @Test
    void loadsWithNoErrorsAndNoQuoteWarnings() {
        assertEquals(List.of(), result.diagnostics().stream().filter(d -> d.isError() || d.code().startsWith("quote")).toList());
    }

    @Test
    void everyQuoteIsByteExactInItsText() throws Exception {
        for (Evidence e : corpus.evidence()) {
            Source s = corpus.source(e.source()).orElseThrow();
            String text = s.text();
            assertTrue(e.exact(), e.id());
            assertEquals(e.quote(), text.substring(text.offsetByCodePoints(0, e.start()), text.offsetByCodePoints(0, e.end())));
        }
    }

    @Test
    void textsAreTheSeedsByteForByte() throws Exception {
        for (Source s : corpus.sources()) {
            byte[] bytes = Files.readAllBytes(Path.of("../argmaps").resolve(s.textPath()).normalize());
            String sha = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
            assertEquals(sha, s.textSha256());
        }
    }

    @Test
    void pinsTheCorpusCounts() {
        Map<String, Long> claims = corpus.claims().stream().collect(Collectors.groupingBy(Claim::source, Collectors.counting()));
        assertEquals(5, corpus.sources().size());
        for (Source s : corpus.sources()) {
            assertTrue(claims.getOrDefault(s.id(), 0L) >= 8, s.id() + " has fewer than 8 claims");
            assertTrue(corpus.relations().stream().anyMatch(r -> s.id().equals(r.source())), s.id() + " has no relations");
        }
        assertTrue(corpus.claims().size() >= 80);
        long backed = corpus.claims().stream().filter(c -> !c.evidence().isEmpty()).count();
        assertTrue(backed * 10 >= corpus.claims().size() * 9, "fewer than 90% of claims have a quote");
        assertTrue(corpus.propositions().size() >= 15);
        Map<String, Long> sourcesPerProp = corpus.stances().stream().collect(Collectors.groupingBy(st -> st.proposition(),
                Collectors.mapping(st -> st.source(), Collectors.collectingAndThen(Collectors.toSet(), x -> (long) x.size()))));
        assertTrue(sourcesPerProp.values().stream().filter(n -> n >= 2).count() >= 12);
        // exact pins: update deliberately when the maps change
        assertEquals(CorpusCounts.CLAIMS, corpus.claims().size(), "claims");
        assertEquals(CorpusCounts.QUOTES, corpus.evidence().size(), "quotes");
        assertEquals(CorpusCounts.PROPOSITIONS, corpus.propositions().size(), "propositions");
        assertEquals(CorpusCounts.STANCES, corpus.stances().size(), "stances");
        assertEquals(CorpusCounts.RELATIONS, corpus.relations().size(), "relations");
    }

    @Test
    void dutchQuotesCarryAnEnglishGloss() {
        for (Evidence e : corpus.evidence()) {
            if (corpus.source(e.source()).orElseThrow().isNonEnglish()) {
                assertTrue(e.gloss() != null && !e.gloss().isBlank(), e.id());
            }
        }
    }
}
