package org.argmap.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.argmap.align.Alignment.Candidate;
import org.argmap.align.Alignment.Compound;
import org.argmap.align.Alignment.StanceGap;
import org.argmap.align.InlineCorpus.C;
import org.argmap.load.LoadResult;
import org.argmap.model.StanceType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hand-made corpora whose expected candidates, gaps and compounds are written before the run. */
class AlignerTest {

    @TempDir
    Path dir;

    static final String CATALOG = """
            propositions:
              - id: famine-policy
                text: The famine of 1932 was caused by the forced requisitioning of grain.
            """;

    private InlineCorpus police(InlineCorpus k) {
        return k.source("alpha", "en",
                        C.of("miners-arrested", "The secret police arrested the striking miners of the coal towns.",
                                "In March the secret police arrested the striking miners in every coal town."),
                        C.of("harvest", "The harvest of 1932 failed across the grain regions.",
                                "The 1932 harvest failed in the grain regions after requisitioning.")
                                .stance("- proposition: famine-policy\n  stance: affirms\n"),
                        C.of("poets", "Poets wrote odes to the leader.", "Many poets wrote odes praising the leader."))
                .source("beta", "en",
                        C.of("strikers-jailed", "Striking coal miners were arrested by the secret police.",
                                "Coal miners who went on strike were arrested by the secret police."),
                        C.of("orchestra", "The state orchestra toured abroad every summer.",
                                "Each summer the state orchestra toured abroad."));
    }

    private static LoadResult clean(LoadResult r) {
        assertFalse(r.hasErrors(), () -> r.diagnostics().toString());
        return r;
    }

    @Test
    void findsTwoSourcesSayingTheSameThingInDifferentWords() {
        Alignment a = Aligner.of(clean(police(new InlineCorpus(dir)).shared(CATALOG).load()).corpus());
        assertEquals(1, a.candidates().size(), a.candidates().toString());
        Candidate c = a.candidates().get(0);
        assertEquals(List.of("alpha/miners-arrested", "beta/strikers-jailed"), c.refs().stream().sorted().toList());
        assertEquals(List.of(StanceType.AFFIRMS, StanceType.AFFIRMS), c.members().stream().map(Alignment.Member::stance).toList());
        assertTrue(c.terms().containsAll(List.of("arrest", "miner", "polic", "secret", "coal", "strike")), c.terms().toString());
        assertTrue(c.text().equals("The secret police arrested the striking miners of the coal towns.")
                || c.text().equals("Striking coal miners were arrested by the secret police."));
        assertEquals(c.central(), c.members().get(0).ref());
        assertEquals(1, c.members().get(0).quotes().size());
    }

    @Test
    void unrelatedClaimsAreNotCandidates() {
        Alignment a = Aligner.of(clean(police(new InlineCorpus(dir)).shared(CATALOG).load()).corpus());
        List<String> listed = a.candidates().stream().flatMap(c -> c.refs().stream()).toList();
        for (String ref : List.of("alpha/harvest", "alpha/poets", "beta/orchestra")) {
            assertFalse(listed.contains(ref), ref);
        }
        assertEquals(List.of(), a.gaps());
    }

    @Test
    void aDismissedPairIsNotListedAndIsCounted() {
        Alignment a = Aligner.of(clean(police(new InlineCorpus(dir)).shared(CATALOG + """
                dismissed:
                  - claims: [alpha/miners-arrested, beta/strikers-jailed]
                    reason: Different strikes, years apart.
                """).load()).corpus());
        assertEquals(List.of(), a.candidates());
        assertEquals(1, a.dismissed());
    }

    @Test
    void aClaimAndItsNegationAreOneCandidateWithOppositeStances() {
        Alignment a = Aligner.of(clean(new InlineCorpus(dir)
                .source("alpha", "en", C.of("class", "The bureaucracy was a new ruling class.",
                        "The bureaucracy had become a new ruling class."))
                .source("beta", "en", C.of("no-class", "The bureaucracy was not a new ruling class but a caste.",
                        "The bureaucracy was never a new ruling class."))
                .load()).corpus());
        assertEquals(1, a.candidates().size());
        var byRef = a.candidates().get(0).members().stream()
                .collect(java.util.stream.Collectors.toMap(Alignment.Member::ref, Alignment.Member::stance));
        StanceType central = byRef.get(a.candidates().get(0).central());
        assertEquals(StanceType.AFFIRMS, central);
        assertEquals(java.util.Map.of("alpha/class", StanceType.AFFIRMS, "beta/no-class", StanceType.DENIES),
                a.candidates().get(0).central().equals("alpha/class") ? byRef
                        : java.util.Map.of("alpha/class", StanceType.DENIES, "beta/no-class", StanceType.AFFIRMS));
    }

    @Test
    void aDutchQuoteMatchesThroughItsGloss() {
        Alignment a = Aligner.of(clean(new InlineCorpus(dir)
                .source("alpha", "en", C.of("purges", "Stalin's purges destroyed the old Bolshevik leadership.",
                        "The purges destroyed the old Bolshevik leadership."))
                .source("gamma", "nl", C.of("zuiveringen", "The great terror wiped out Lenin's comrades.",
                        "De zuiveringen vernietigden de oude bolsjewistische leiding.")
                        .gloss("The purges destroyed the old Bolshevik leadership."))
                .load()).corpus());
        assertEquals(1, a.candidates().size(), a.toString());
        assertEquals(List.of("alpha/purges", "gamma/zuiveringen"), a.candidates().get(0).refs().stream().sorted().toList());
    }

    @Test
    void aParallelClaimWhoseQuotesMatchThePropositionIsAStanceGap() {
        Alignment a = Aligner.of(clean(new InlineCorpus(dir).shared(CATALOG)
                .source("alpha", "en", C.of("requisitions", "Forced grain requisitioning caused the famine of 1932.",
                        "The famine of 1932 was caused by forced requisitioning of grain.")
                        .stance("- proposition: famine-policy\n  stance: affirms\n"))
                .source("beta", "en", C.of("hunger", "Requisitioning squads took the grain and the villages starved in 1932.",
                        "In 1932 the requisitioning of grain left the villages starving: the famine was made."))
                .load()).corpus());
        assertEquals(1, a.gaps().size(), a.toString());
        StanceGap g = a.gaps().get(0);
        assertEquals("beta/hunger", g.claim());
        assertEquals("famine-policy", g.proposition());
        assertEquals(StanceType.AFFIRMS, g.stance());
        assertEquals("alpha/requisitions", g.parallels().get(0).ref());
        assertTrue(g.evidenceScore() >= Alignment.Settings.DEFAULT.evidence());
        // the gap explains the pair: it is not also a candidate proposition
        assertEquals(List.of(), a.candidates());
    }

    @Test
    void aPropositionListingThreeCausesIsACompoundSplitByCause() {
        Alignment a = Aligner.of(clean(new InlineCorpus(dir).shared("""
                        propositions:
                          - id: fell
                            text: The regime fell because of isolation, backwardness and famine.
                          - id: together
                            text: Workers and peasants supported the revolution.
                        """)
                .source("alpha", "en", C.of("isolated", "Isolation and famine brought the regime down.",
                                "Isolated and starving, the regime fell.")
                        .stance("- proposition: fell\n  stance: affirms\n- proposition: together\n  stance: affirms\n"))
                .load()).corpus());
        assertEquals(1, a.compounds().size(), a.compounds().toString());
        Compound k = a.compounds().get(0);
        assertEquals("fell", k.proposition());
        assertEquals(List.of("because", "list"), k.signals());
        assertEquals(List.of("The regime fell because of isolation", "The regime fell because of backwardness",
                "The regime fell because of famine"), k.parts().stream().map(Alignment.Part::text).toList());
        assertEquals(List.of("alpha/isolated"), k.parts().get(0).covered());
        assertEquals(List.of("alpha/isolated"), k.parts().get(1).uncovered(), "the claim says nothing of backwardness");
        assertEquals(List.of("alpha/isolated"), k.parts().get(2).covered());
    }

    @Test
    void twoClausesJoinedByAndAreACompoundButTwoNounsAreNot() {
        Compounds c = new Compounds(new Terms());
        assertEquals(List.of("The regime repressed the workers", "crushed every opposition party"),
                c.split("The regime repressed the workers and crushed every opposition party.").parts());
        assertEquals(List.of("The state survived", "the nationalised property remained"),
                c.split("The state survived because the nationalised property remained.").parts());
        assertEquals(null, c.split("Workers and peasants supported the revolution."));
        assertEquals(null, c.split("The USSR remained a workers' state, however degenerated."));
    }

    @Test
    void aDismissedCompoundIsNotListed() {
        Alignment a = Aligner.of(clean(new InlineCorpus(dir).shared("""
                        propositions:
                          - id: fell
                            text: The regime fell because of isolation, backwardness and famine.
                        dismissed:
                          - proposition: fell
                            reason: Every source names the three causes together.
                        """)
                .source("alpha", "en", C.of("isolated", "Isolation and famine brought the regime down.",
                        "Isolated and starving, the regime fell.").stance("- proposition: fell\n  stance: affirms\n"))
                .load()).corpus());
        assertEquals(List.of(), a.compounds());
        assertEquals(1, a.dismissed());
    }

    @Test
    void negationCuesAreCountedWithTheirScope() {
        assertEquals(1, Terms.negations("The USSR was not socialist."));
        assertEquals(0, Terms.negations("It was not only a revolt but a revolution."));
        assertEquals(1, Terms.negations("Neither the party nor the unions resisted."));
        assertEquals(2, Terms.negations("It didn't fail without reason."));
        Terms t = new Terms();
        java.util.Set<String> shared = java.util.Set.copyOf(t.english("ruling class"));
        assertEquals(1, t.negationsAbout("The bureaucracy was not a ruling class.", shared));
        assertEquals(0, t.negationsAbout("The revolution did not spread beyond Russia, and a ruling class grew.", shared));
    }

    @Test
    void theSameCorpusGivesByteIdenticalJson() {
        var corpus = clean(police(new InlineCorpus(dir)).shared(CATALOG).load()).corpus();
        assertEquals(AlignmentJson.write(Aligner.of(corpus)), AlignmentJson.write(Aligner.of(corpus)));
    }
}
