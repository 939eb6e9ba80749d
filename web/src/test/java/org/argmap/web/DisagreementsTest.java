package org.argmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.argmap.model.Corpus;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisagreementsTest {

    static Corpus corpus;

    @BeforeAll
    static void load(@TempDir Path dir) throws Exception {
        corpus = MiniCorpus.load(MiniCorpus.write(dir)).corpus();
    }

    @Test
    void opposedStancesAndContraryAffirmationsAreDisputedSharedOnesAreNot() {
        // p: a affirms, b denies. q contrary r: a affirms q, b affirms r. s: both affirm.
        assertEquals(List.of("p", "q", "r"), List.copyOf(Disagreements.propositions(corpus, List.of("a", "b"))));
        assertEquals(Set.of(), Disagreements.propositions(corpus, List.of("a")));
    }

    @Test
    void narrowingKeepsOnlyDisputedPropositionsAndStances() {
        Corpus n = Disagreements.narrow(corpus, List.of("a", "b"));
        assertEquals(List.of("p", "q", "r"), n.propositions().stream().map(p -> p.id()).toList());
        assertEquals(List.of("a/one:p", "a/one:q", "b/one:p", "b/one:r"),
                n.stances().stream().map(s -> s.claimRef() + ":" + s.proposition()).toList());
        assertEquals(1, n.relations().size());
        assertEquals(corpus.claims().size(), n.claims().size());
    }
}
