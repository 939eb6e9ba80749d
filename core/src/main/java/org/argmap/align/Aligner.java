package org.argmap.align;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.argmap.align.Alignment.Candidate;
import org.argmap.align.Alignment.Member;
import org.argmap.align.Alignment.Parallel;
import org.argmap.align.Alignment.Settings;
import org.argmap.align.Alignment.StanceGap;
import org.argmap.analysis.Quote;
import org.argmap.model.Claim;
import org.argmap.model.Corpus;
import org.argmap.model.Dismissal;
import org.argmap.model.Evidence;
import org.argmap.model.Proposition;
import org.argmap.model.Relation;
import org.argmap.model.Source;
import org.argmap.model.Stance;
import org.argmap.model.StanceType;

/**
 * Finds what the sources share that the proposition catalog misses. The phases, in order:
 *
 * <ol>
 *   <li><b>Terms.</b> Each claim becomes two bags of stemmed terms ({@link Terms}): its text, and
 *       its text with its evidence (an English quote's words; a non-English quote's English gloss
 *       and its original words under the source language's analyzer).</li>
 *   <li><b>Similarity.</b> TF-IDF cosine over each bag ({@link TermVectors}); the similarity of two
 *       claims is the mean of the two cosines. Claims of one source are never compared. Two claims
 *       are <i>parallel</i> when their similarity reaches {@link Settings#candidate()} and no
 *       dismissal names both.</li>
 *   <li><b>Stance gaps.</b> For parallel claims C and D where D takes a stance on P and C takes none
 *       on P nor on a proposition related to P: a gap when C's evidence supports P (cosine of C's
 *       quotes with P's text at least {@link Settings#evidence()}) or C and D are strongly parallel
 *       (at least {@link Settings#strong()}). The suggested stance is D's, turned (affirms and
 *       denies swap) when C and D differ in the parity of their negation cues.</li>
 *   <li><b>Candidates.</b> Parallel claims that share no proposition (nor related propositions)
 *       and that no gap explains are grouped greedily, best pair first, with complete linkage: a
 *       claim joins a group when it is parallel to every member and its source is not yet in it.
 *       A claim belongs to at most one group.</li>
 *   <li><b>Compounds</b> ({@link Compounds}).</li>
 * </ol>
 *
 * <p>Cost: linear in the words for the terms; for the similarity, the sum over terms of the
 * square of their document frequency (an inverted index), plus a sort of the parallel pairs.
 * Deterministic: the same corpus gives the same alignment, in the same order.
 */
public final class Aligner {

    private static final Terms TERMS = new Terms();
    private static final int TERMS_SHOWN = 8;
    private static final Profile PROFILE = new Profile(Boolean.getBoolean("argmap.align.profile"));

    /** Phase times on standard error, with {@code -Dargmap.align.profile=true} (for bench/align-bench.sh). */
    private static final class Profile {
        private final boolean on;
        private long last;

        Profile(boolean on) {
            this.on = on;
        }

        void start() {
            last = System.nanoTime();
        }

        void mark(String phase) {
            if (on) {
                long now = System.nanoTime();
                System.err.printf("align: %s %d ms%n", phase, (now - last) / 1_000_000);
                last = now;
            }
        }
    }

    private final Settings settings;

    public Aligner() {
        this(Settings.DEFAULT);
    }

    public Aligner(Settings settings) {
        this.settings = settings;
    }

    /** Aligns a loaded corpus (one with no errors, or whatever of it loaded). */
    public static Alignment of(Corpus corpus) {
        return new Aligner().align(corpus);
    }

    /** The pair of claims {@code i < j} and their similarity. */
    private record Pair(int i, int j, double score) {
    }

    public Alignment align(Corpus corpus) {
        PROFILE.start();
        List<Claim> claims = corpus.claims();
        int n = claims.size();
        Map<String, Source> sources = new HashMap<>();
        Map<String, Integer> sourceIndex = new HashMap<>();
        for (Source s : corpus.sources()) {
            sources.put(s.id(), s);
            sourceIndex.putIfAbsent(s.id(), sourceIndex.size());
        }
        int[] group = new int[n];
        Map<String, Integer> index = new HashMap<>();
        TermVectors text = new TermVectors();
        TermVectors full = new TermVectors();
        List<Map<String, Double>> evidenceBags = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            Claim c = claims.get(k);
            index.put(c.ref(), k);
            group[k] = sourceIndex.computeIfAbsent(c.source(), x -> sourceIndex.size());
            Map<String, Double> t = bag(TERMS.english(c.text()));
            Map<String, Double> e = evidenceBag(c, sources.get(c.source()));
            Map<String, Double> f = new LinkedHashMap<>(t);
            e.forEach((term, w) -> f.merge(term, w, Double::sum));
            text.add(t);
            full.add(f);
            evidenceBags.add(e);
        }
        text.build();
        full.build();
        PROFILE.mark("terms");

        // similarity: every pair whose mean of cosines can reach the threshold has one cosine above it
        Map<Long, Pair> pairs = new HashMap<>();
        double min = settings.candidate();
        TermVectors.PairSink collect = (i, j, cos) -> {
            if (cos >= min) {
                pairs.computeIfAbsent((long) i * n + j, x -> {
                    double s = (text.vector(i).dot(text.vector(j)) + full.vector(i).dot(full.vector(j))) / 2;
                    return new Pair(i, j, s);
                });
            }
        };
        text.pairs(group, collect);
        full.pairs(group, collect);
        PROFILE.mark("pairs");

        Set<Long> dismissedPairs = new HashSet<>();
        for (Dismissal d : corpus.dismissals()) {
            for (String a : d.claims()) {
                for (String b : d.claims()) {
                    Integer x = index.get(a);
                    Integer y = index.get(b);
                    if (x != null && y != null && x < y) {
                        dismissedPairs.add((long) x * n + y);
                    }
                }
            }
        }
        List<Pair> parallel = new ArrayList<>();
        int dismissed = 0;
        for (Pair p : pairs.values()) {
            if (p.score() < min) {
                continue;
            }
            if (dismissedPairs.contains((long) p.i() * n + p.j())) {
                dismissed++;
            } else {
                parallel.add(p);
            }
        }
        parallel.sort(Comparator.comparingDouble(Pair::score).reversed().thenComparingInt(Pair::i).thenComparingInt(Pair::j));
        PROFILE.mark("sort");

        // the catalog's relations between propositions: claims on related propositions are aligned already
        Map<String, Set<String>> related = new HashMap<>();
        for (Relation r : corpus.relations()) {
            if (!r.type().betweenClaims() && r.type() != org.argmap.model.RelationType.UNDERCUTS) {
                related.computeIfAbsent(r.from(), x -> new HashSet<>()).add(r.to());
                related.computeIfAbsent(r.to(), x -> new HashSet<>()).add(r.from());
            }
        }
        Map<String, Proposition> props = new HashMap<>();
        Map<String, TermVectors.Vector> propVectors = new HashMap<>();
        for (Proposition p : corpus.propositions()) {
            props.put(p.id(), p);
        }

        // stance gaps
        TermVectors.Vector[] evidenceVectors = new TermVectors.Vector[n];
        Scopes scopes = new Scopes(claims);
        Map<String, GapDraft> gaps = new TreeMap<>();
        Set<Long> explained = new HashSet<>();
        for (Pair p : parallel) {
            for (int dir = 0; dir < 2; dir++) {
                Claim c = claims.get(dir == 0 ? p.i() : p.j());
                Claim d = claims.get(dir == 0 ? p.j() : p.i());
                int ci = dir == 0 ? p.i() : p.j();
                for (Stance s : d.stances()) {
                    if (!props.containsKey(s.proposition()) || coversOrRelated(c, s.proposition(), related)) {
                        continue;
                    }
                    TermVectors.Vector pv = propVectors.computeIfAbsent(s.proposition(),
                            id -> full.vectorOf(bag(TERMS.english(props.get(id).text()))));
                    if (evidenceVectors[ci] == null) {
                        evidenceVectors[ci] = full.vectorOf(evidenceBags.get(ci));
                    }
                    double ev = evidenceVectors[ci].dot(pv);
                    if (ev < settings.evidence() && p.score() < settings.strong()) {
                        continue;
                    }
                    explained.add((long) p.i() * n + p.j());
                    Set<String> shared = sharedTerms(full, p.i(), p.j());
                    int di = dir == 0 ? p.j() : p.i();
                    StanceType suggested = turn(s.type(), Terms.negationsAbout(scopes.get(ci), shared) % 2
                            != Terms.negationsAbout(scopes.get(di), shared) % 2);
                    GapDraft g = gaps.computeIfAbsent(c.ref() + "\u0000" + s.proposition(), k -> new GapDraft(c, s.proposition(), ev));
                    g.parallels.add(new Parallel(d.ref(), s.type(), s.implied(), p.score()));
                    g.stances.merge(suggested, p.score(), Math::max);
                }
            }
        }
        List<StanceGap> gapList = new ArrayList<>();
        for (GapDraft g : gaps.values()) {
            g.parallels.sort(Comparator.comparingDouble(Parallel::score).reversed().thenComparing(Parallel::ref));
            StanceType best = g.stances.entrySet().stream()
                    .max(Map.Entry.<StanceType, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                    .orElseThrow().getKey();
            gapList.add(new StanceGap(g.claim.ref(), g.proposition, best, g.evidence, g.parallels, quotes(g.claim)));
        }
        gapList.sort(Comparator.comparingDouble(StanceGap::score).reversed().thenComparing(StanceGap::claim)
                .thenComparing(StanceGap::proposition));
        PROFILE.mark("gaps");

        // candidates: greedy complete-linkage groups over the edges left
        Map<Long, Double> edges = new HashMap<>();
        List<Pair> edgeList = new ArrayList<>();
        for (Pair p : parallel) {
            long key = (long) p.i() * n + p.j();
            if (!explained.contains(key) && !catalogued(claims.get(p.i()), claims.get(p.j()), related)) {
                edges.put(key, p.score());
                edgeList.add(p);
            }
        }
        Map<Integer, List<Integer>> groupOf = new HashMap<>();
        List<List<Integer>> groups = new ArrayList<>();
        for (Pair p : edgeList) {
            List<Integer> gi = groupOf.get(p.i());
            List<Integer> gj = groupOf.get(p.j());
            if (gi == null && gj == null) {
                List<Integer> g = new ArrayList<>(List.of(p.i(), p.j()));
                groups.add(g);
                groupOf.put(p.i(), g);
                groupOf.put(p.j(), g);
            } else if (gi == null || gj == null) {
                List<Integer> g = gi == null ? gj : gi;
                int newcomer = gi == null ? p.i() : p.j();
                boolean fits = g.stream().noneMatch(m -> group[m] == group[newcomer])
                        && g.stream().allMatch(m -> edges.containsKey(key(m, newcomer, n)));
                if (fits) {
                    g.add(newcomer);
                    groupOf.put(newcomer, g);
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (List<Integer> g : groups) {
            candidates.add(candidate(g, claims, edges, full, n, scopes));
        }
        candidates.sort(Comparator.comparingDouble(Candidate::score).reversed().thenComparing(Candidate::central)
                .thenComparing(Candidate::id));
        PROFILE.mark("candidates");

        Compounds.Result compounds = new Compounds(TERMS).find(corpus);
        return new Alignment(candidates, gapList, compounds.compounds(), dismissed + compounds.dismissed(), settings);
    }

    /** Each claim's negation scopes, computed on first use. */
    private static final class Scopes {
        private final List<Claim> claims;
        private final List<List<Set<String>>> scopes;

        Scopes(List<Claim> claims) {
            this.claims = claims;
            this.scopes = new ArrayList<>(java.util.Collections.nCopies(claims.size(), null));
        }

        List<Set<String>> get(int claim) {
            List<Set<String>> s = scopes.get(claim);
            if (s == null) {
                s = TERMS.negationScopes(claims.get(claim).text());
                scopes.set(claim, s);
            }
            return s;
        }
    }

    private static final class GapDraft {
        final Claim claim;
        final String proposition;
        final double evidence;
        final List<Parallel> parallels = new ArrayList<>();
        final Map<StanceType, Double> stances = new TreeMap<>();

        GapDraft(Claim claim, String proposition, double evidence) {
            this.claim = claim;
            this.proposition = proposition;
            this.evidence = evidence;
        }
    }

    /** The terms two claims' full vectors share. */
    private static Set<String> sharedTerms(TermVectors full, int a, int b) {
        Set<String> out = new HashSet<>();
        TermVectors.Vector u = full.vector(a);
        TermVectors.Vector v = full.vector(b);
        int i = 0;
        int j = 0;
        while (i < u.terms().length && j < v.terms().length) {
            if (u.terms()[i] == v.terms()[j]) {
                out.add(full.term(u.terms()[i]));
                i++;
                j++;
            } else if (u.terms()[i] < v.terms()[j]) {
                i++;
            } else {
                j++;
            }
        }
        return out;
    }

    private static long key(int a, int b, int n) {
        return a < b ? (long) a * n + b : (long) b * n + a;
    }

    private static StanceType turn(StanceType t, boolean turn) {
        if (!turn) {
            return t;
        }
        return switch (t) {
            case AFFIRMS -> StanceType.DENIES;
            case DENIES -> StanceType.AFFIRMS;
            default -> t;
        };
    }

    /** True when the claim takes a stance on {@code proposition} or on a proposition related to it. */
    private static boolean coversOrRelated(Claim c, String proposition, Map<String, Set<String>> related) {
        Set<String> near = related.getOrDefault(proposition, Set.of());
        return c.stances().stream().anyMatch(s -> s.proposition().equals(proposition) || near.contains(s.proposition()));
    }

    /** True when the two claims take stances on one proposition, or on two the catalog relates. */
    private static boolean catalogued(Claim a, Claim b, Map<String, Set<String>> related) {
        return b.stances().stream().anyMatch(s -> coversOrRelated(a, s.proposition(), related));
    }

    private Candidate candidate(List<Integer> g, List<Claim> claims, Map<Long, Double> edges, TermVectors full, int n,
                                Scopes scopes) {
        int central = -1;
        double best = -1;
        double total = 0;
        int pairs = 0;
        List<Integer> sorted = new ArrayList<>(g);
        sorted.sort(Comparator.naturalOrder());
        for (int a : sorted) {
            double sum = 0;
            for (int b : sorted) {
                if (a != b) {
                    sum += edges.get(key(a, b, n));
                }
            }
            if (sum > best) {
                best = sum;
                central = a;
            }
        }
        Map<String, Double> contribution = new TreeMap<>();
        for (int x = 0; x < sorted.size(); x++) {
            for (int y = x + 1; y < sorted.size(); y++) {
                total += edges.get(key(sorted.get(x), sorted.get(y), n));
                pairs++;
                TermVectors.Vector u = full.vector(sorted.get(x));
                TermVectors.Vector v = full.vector(sorted.get(y));
                int i = 0;
                int j = 0;
                while (i < u.terms().length && j < v.terms().length) {
                    if (u.terms()[i] == v.terms()[j]) {
                        contribution.merge(full.term(u.terms()[i]), u.weights()[i] * v.weights()[j], Double::sum);
                        i++;
                        j++;
                    } else if (u.terms()[i] < v.terms()[j]) {
                        i++;
                    } else {
                        j++;
                    }
                }
            }
        }
        int c = central;
        Claim centralClaim = claims.get(c);
        Set<String> shared = contribution.keySet();
        int centralParity = Terms.negationsAbout(scopes.get(c), shared) % 2;
        List<Integer> order = new ArrayList<>(sorted);
        order.sort(Comparator.<Integer>comparingDouble(m -> m == c ? Double.MAX_VALUE : edges.get(key(m, c, n))).reversed()
                .thenComparing(m -> claims.get(m).ref()));
        List<Member> members = new ArrayList<>();
        for (int m : order) {
            Claim cl = claims.get(m);
            int neg = Terms.negationsAbout(scopes.get(m), shared);
            members.add(new Member(cl.ref(), cl.source(), cl.text(), neg % 2 == centralParity ? StanceType.AFFIRMS : StanceType.DENIES,
                    neg, cl.stances().stream().map(Stance::proposition).toList(), quotes(cl)));
        }
        List<String> terms = contribution.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(TERMS_SHOWN).map(Map.Entry::getKey).toList();
        List<String> refs = members.stream().map(Member::ref).sorted().toList();
        return new Candidate("c-" + hash(String.join("\n", refs)), total / pairs, centralClaim.text(), centralClaim.ref(), members, terms);
    }

    static List<Quote> quotes(Claim c) {
        return c.evidence().stream().map(e -> new Quote(e.id(), e.quote(), e.gloss(), e.speaker())).toList();
    }

    static Map<String, Double> bag(List<String> terms) {
        Map<String, Double> b = new LinkedHashMap<>();
        for (String t : terms) {
            b.merge(t, 1.0, Double::sum);
        }
        return b;
    }

    /** The evidence's terms: English quotes' words; a non-English quote's gloss (English) and its own words. */
    private static Map<String, Double> evidenceBag(Claim c, Source s) {
        Map<String, Double> b = new LinkedHashMap<>();
        boolean english = s == null || !s.isNonEnglish();
        for (Evidence e : c.evidence()) {
            List<String> ts = new ArrayList<>();
            if (english) {
                ts.addAll(TERMS.english(e.quote()));
            } else {
                ts.addAll(TERMS.english(e.gloss()));
                ts.addAll(TERMS.original(e.quote(), s.language()));
            }
            ts.forEach(t -> b.merge(t, 1.0, Double::sum));
        }
        return b;
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
