package org.argmap.load;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.argmap.diag.Diagnostic;
import org.argmap.diag.Location;
import org.argmap.load.CorpusLoader.ClaimDraft;
import org.argmap.load.CorpusLoader.EvidenceDraft;
import org.argmap.load.CorpusLoader.FileDraft;
import org.argmap.load.CorpusLoader.RelationDraft;
import org.argmap.load.CorpusLoader.StanceDraft;
import org.argmap.model.Claim;
import org.argmap.model.Corpus;
import org.argmap.model.Dismissal;
import org.argmap.model.Evidence;
import org.argmap.model.Expectation;
import org.argmap.model.Proposition;
import org.argmap.model.Relation;
import org.argmap.model.RelationType;
import org.argmap.model.Source;
import org.argmap.model.Stance;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedMultigraph;

/**
 * The checks that span files: unique ids, references (with did-you-mean), relation endpoints,
 * quotes against their texts, support cycles and propositions nobody takes a stance on. Builds
 * the {@link Corpus} from what is usable.
 */
final class CorpusValidator {
    /** Quotes not found per source that get a closest-passage hint; the rest are reported without one. */
    static final int MAX_CLOSEST_HINTS = 200;

    /**
     * Known ids that did-you-mean searches may compare in all (each unresolved reference compares
     * all the ids it could have meant); once spent, further unresolved references are reported
     * without a suggestion, so a file of many bad references and many ids costs O(references + ids),
     * not their product. Generous for real corpora (hundreds of ids, tens of mistakes).
     */
    static final long MAX_REF_HINT_WORK = 2_000_000;

    private final List<Diagnostic> out;
    private long refHintWork;
    /** The name each unresolved-reference diagnostic could not find (by identity), for {@link FollowOn}. */
    private final Map<Diagnostic, String> unresolved = new java.util.IdentityHashMap<>();

    CorpusValidator(List<Diagnostic> out) {
        this.out = out;
    }

    Corpus validate(List<FileDraft> files) {
        // 1. sources, unique across files
        Map<String, FileDraft> sourceFiles = new LinkedHashMap<>();
        List<Source> sources = new ArrayList<>();
        for (FileDraft f : files) {
            if (f.source == null || f.source.id == null) {
                continue;
            }
            FileDraft first = sourceFiles.get(f.source.id);
            if (first != null) {
                out.add(Diagnostic.error("duplicate-source", "source id '" + f.source.id + "' is already used by " + first.file,
                        f.source.idLocation, "first defined at " + first.source.idLocation + "; give each source its own id"));
                continue;
            }
            sourceFiles.put(f.source.id, f);
            sources.add(CorpusLoader.toSource(f.source, f.file));
        }
        // 2. claims per source, unique in source
        Map<String, Map<String, ClaimDraft>> claimsBySource = new LinkedHashMap<>();
        for (Map.Entry<String, FileDraft> e : sourceFiles.entrySet()) {
            Map<String, ClaimDraft> m = new LinkedHashMap<>();
            for (ClaimDraft c : e.getValue().claims) {
                if (c.id == null) {
                    continue;
                }
                ClaimDraft first = m.get(c.id);
                if (first != null) {
                    out.add(Diagnostic.error("duplicate-id", "claim id '" + c.id + "' is used twice in source '" + e.getKey() + "'",
                            c.idLocation, "first at line " + first.idLocation.line() + "; claim ids are unique in their source"));
                } else {
                    m.put(c.id, c);
                }
            }
            claimsBySource.put(e.getKey(), m);
        }
        // 3. propositions, unique
        Map<String, Proposition> props = new LinkedHashMap<>();
        for (FileDraft f : files) {
            for (Proposition p : f.propositions) {
                Proposition first = props.get(p.id());
                if (first != null) {
                    out.add(Diagnostic.error("duplicate-id", "proposition id '" + p.id() + "' is defined twice", p.location(),
                            "first at " + first.location()));
                } else {
                    props.put(p.id(), p);
                }
            }
        }
        // 4. relation ids, unique
        Map<String, RelationDraft> relIds = new HashMap<>();
        for (FileDraft f : files) {
            for (RelationDraft r : f.relations) {
                if (!r.explicitId()) {
                    continue;
                }
                RelationDraft first = relIds.get(r.id());
                if (first != null) {
                    out.add(Diagnostic.error("duplicate-id", "relation id '" + r.id() + "' is used twice", r.location(),
                            "first at " + first.location()));
                } else {
                    relIds.put(r.id(), r);
                }
            }
        }
        // 5. claims with evidence and stances
        Set<String> stanced = new HashSet<>();
        List<Claim> claims = new ArrayList<>();
        for (Map.Entry<String, FileDraft> e : sourceFiles.entrySet()) {
            String sid = e.getKey();
            CorpusLoader.SourceDraft s = e.getValue().source;
            int misses = 0;
            for (ClaimDraft c : claimsBySource.get(sid).values()) {
                List<Evidence> ev = new ArrayList<>();
                int n = 0;
                for (EvidenceDraft d : c.evidence) {
                    n++;
                    QuoteFinder.Match m = null;
                    if (s.finder != null) {
                        m = s.finder.find(d.quote(), misses < MAX_CLOSEST_HINTS);
                        if (m.status() == QuoteFinder.Match.Status.NOT_FOUND) {
                            misses++;
                        }
                        reportQuote(d, m);
                    }
                    if (s.language != null && !s.language.equalsIgnoreCase("en") && (d.gloss() == null || d.gloss().isBlank())) {
                        out.add(Diagnostic.warning("missing-gloss", "quote in '" + s.language + "' has no English gloss",
                                d.location(), "add 'gloss:' with an English translation"));
                    }
                    ev.add(CorpusLoader.evidence(sid, c.id, n, d, m));
                }
                List<Stance> st = new ArrayList<>();
                Set<String> seenProps = new HashSet<>();
                for (StanceDraft d : c.stances) {
                    if (!props.containsKey(d.proposition())) {
                        out.add(missing(d.proposition(), Diagnostic.error("unknown-proposition", "unknown proposition '" + d.proposition() + "'",
                                d.propositionLocation(), refHint(d.proposition(), props.keySet(), "propositions"))));
                        continue;
                    }
                    if (!seenProps.add(d.proposition())) {
                        out.add(Diagnostic.warning("duplicate-stance", "claim '" + c.id + "' takes a stance on '" + d.proposition()
                                + "' twice", d.location(), null));
                        continue;
                    }
                    stanced.add(d.proposition());
                    st.add(CorpusLoader.stance(sid, c.id, d));
                }
                claims.add(CorpusLoader.claim(sid, c, ev, st));
            }
        }
        // 6. relations
        List<Relation> relations = new ArrayList<>();
        Map<String, Relation> byId = new HashMap<>();
        List<RelationDraft> undercuts = new ArrayList<>();
        Map<RelationDraft, String> undercutSource = new HashMap<>();
        for (FileDraft f : files) {
            String sid = f.source == null ? null : f.source.id;
            if (f.source != null && sourceFiles.get(sid) != f) {
                continue; // a duplicate source's relations would resolve against the wrong claims
            }
            for (RelationDraft r : f.relations) {
                if (r.type() == RelationType.UNDERCUTS) {
                    undercuts.add(r);
                    undercutSource.put(r, sid);
                    continue;
                }
                Relation rel = resolve(r, sid, claimsBySource, props);
                if (rel != null) {
                    relations.add(rel);
                    byId.put(rel.id(), rel);
                }
            }
        }
        for (RelationDraft r : undercuts) {
            String sid = undercutSource.get(r);
            String from = claimRef(r.from(), r.fromLocation(), sid, claimsBySource, "from");
            Relation target = byId.get(r.to());
            if (target == null) {
                String hint = refHint(r.to(), relIds.keySet(), "relation ids");
                if (hint == null && r.to().contains("/") || claimsBySource.containsKey(sid) && claimsBySource.get(sid).containsKey(r.to())) {
                    hint = "an undercut attacks a relation: give the supporting relation an 'id:' and name it in 'to:'";
                }
                out.add(missing(r.to(), Diagnostic.error("unknown-relation", "undercut target '" + r.to() + "' is not a relation id",
                        r.toLocation(), hint)));
                continue;
            }
            if (!target.type().betweenClaims()) {
                out.add(Diagnostic.error("wrong-endpoint", "an undercut must target a relation between claims, not '" + target.type().word()
                        + "'", r.toLocation(), null));
                continue;
            }
            if (from != null) {
                Relation rel = CorpusLoader.relation(r, from, target.id(), sid);
                relations.add(rel);
                byId.put(rel.id(), rel);
            }
        }
        // 7. support cycles (warning), via strongly connected components
        supportCycles(relations);
        // 8. propositions nobody takes a stance on
        for (Proposition p : props.values()) {
            if (!stanced.contains(p.id())) {
                out.add(missing(p.id(), Diagnostic.warning("unused-proposition", "no source takes a stance on proposition '" + p.id() + "'",
                        p.location(), "add a stance to a claim, or remove the proposition")));
            }
        }
        // 9. expectations
        List<Expectation> expectations = new ArrayList<>();
        for (FileDraft f : files) {
            for (Expectation x : f.expectations) {
                boolean ok = true;
                for (String s : x.sources()) {
                    if (!sourceFiles.containsKey(s)) {
                        out.add(missing(s, Diagnostic.error("unknown-source", "unknown source '" + s + "'", x.location(),
                                refHint(s, sourceFiles.keySet(), "sources"))));
                        ok = false;
                    }
                }
                List<String> ps = new ArrayList<>(x.propositions());
                if (x.proposition() != null) {
                    ps.add(x.proposition());
                }
                for (String p : ps) {
                    if (!props.containsKey(p)) {
                        out.add(missing(p, Diagnostic.error("unknown-proposition", "unknown proposition '" + p + "'", x.location(),
                                refHint(p, props.keySet(), "propositions"))));
                        ok = false;
                    }
                }
                if (ok) {
                    expectations.add(x);
                }
            }
        }
        // 10. dismissals: every claim and proposition they name must exist
        List<Dismissal> dismissals = new ArrayList<>();
        for (FileDraft f : files) {
            for (CorpusLoader.DismissalDraft x : f.dismissals) {
                List<String> refs = new ArrayList<>();
                boolean ok = true;
                for (int i = 0; i < x.claims().size(); i++) {
                    String ref = claimRef(x.claims().get(i), x.claimLocations().get(i), null, claimsBySource, "claims");
                    if (ref == null) {
                        ok = false;
                    } else if (!refs.contains(ref)) {
                        refs.add(ref);
                    }
                }
                if (x.proposition() != null && !props.containsKey(x.proposition())) {
                    out.add(Diagnostic.error("unknown-proposition", "unknown proposition '" + x.proposition() + "'",
                            x.propositionLocation(), refHint(x.proposition(), props.keySet(), "propositions")));
                    ok = false;
                }
                if (ok && (x.proposition() != null || refs.size() >= 2)) {
                    dismissals.add(new Dismissal(refs, x.proposition(), x.reason(), x.location()));
                }
            }
        }
        return new Corpus(sources, claims, List.copyOf(props.values()), relations, expectations, dismissals);
    }

    private void reportQuote(EvidenceDraft d, QuoteFinder.Match m) {
        switch (m.status()) {
            case EXACT -> {
            }
            case NORMALISED -> out.add(Diagnostic.warning("quote-normalised",
                    "quote matches the text only after normalising whitespace, quotes or dashes", d.location(),
                    "the text has: \"" + Text.abbreviate(m.closest(), 160) + "\""));
            case NOT_FOUND -> out.add(Diagnostic.error("quote-not-found", "quote not found in the source text: \""
                    + Text.abbreviate(d.quote(), 60) + "\"", d.location(),
                    m.closest() == null ? "copy the words exactly from the text file"
                            : String.format("closest passage (%d%% similar), text line %d: \"%s\"", Math.round(m.similarity() * 100),
                            m.closestLine(), Text.abbreviate(m.closest(), 200))));
        }
    }

    private Relation resolve(RelationDraft r, String sid, Map<String, Map<String, ClaimDraft>> claims,
                             Map<String, Proposition> props) {
        if (r.type().betweenClaims()) {
            boolean fromProp = props.containsKey(r.from()) && !isClaim(r.from(), sid, claims);
            boolean toProp = props.containsKey(r.to()) && !isClaim(r.to(), sid, claims);
            if (fromProp || toProp) {
                out.add(Diagnostic.error("wrong-endpoint", "'" + r.type().word() + "' relates claims, but '"
                        + (fromProp ? r.from() : r.to()) + "' is a proposition", fromProp ? r.fromLocation() : r.toLocation(),
                        "between propositions use contradicts, contrary, entails or equivalent"));
                return null;
            }
            String from = claimRef(r.from(), r.fromLocation(), sid, claims, "from");
            String to = claimRef(r.to(), r.toLocation(), sid, claims, "to");
            if (from == null || to == null) {
                return null;
            }
            // a claim may attack itself (Dung: a self-attacking argument is never accepted); it cannot support itself
            if (from.equals(to) && r.type() != RelationType.ATTACKS) {
                out.add(Diagnostic.error("self-relation", "claim '" + r.from() + "' " + r.type().word() + " itself", r.toLocation(), null));
                return null;
            }
            return CorpusLoader.relation(r, from, to, sid);
        }
        boolean ok = true;
        for (var end : List.of(Map.entry(r.from(), r.fromLocation()), Map.entry(r.to(), r.toLocation()))) {
            if (!props.containsKey(end.getKey())) {
                String hint = refHint(end.getKey(), props.keySet(), "propositions");
                if (end.getKey().contains("/")) {
                    hint = "'" + r.type().word() + "' relates propositions; between claims use supports, attacks or undercuts";
                }
                out.add(missing(end.getKey(), Diagnostic.error(end.getKey().contains("/") ? "wrong-endpoint" : "unknown-proposition",
                        "unknown proposition '" + end.getKey() + "'", end.getValue(), hint)));
                ok = false;
            }
        }
        if (!ok) {
            return null;
        }
        if (r.from().equals(r.to())) {
            out.add(Diagnostic.error("self-relation", "proposition '" + r.from() + "' " + r.type().word() + " itself", r.toLocation(), null));
            return null;
        }
        return CorpusLoader.relation(r, r.from(), r.to(), sid);
    }

    private static boolean isClaim(String ref, String sid, Map<String, Map<String, ClaimDraft>> claims) {
        int slash = ref.indexOf('/');
        String src = slash < 0 ? sid : ref.substring(0, slash);
        String id = slash < 0 ? ref : ref.substring(slash + 1);
        return src != null && claims.containsKey(src) && claims.get(src).containsKey(id);
    }

    /** Resolves a claim reference; reports and returns null when it names nothing. */
    private String claimRef(String ref, Location at, String sid, Map<String, Map<String, ClaimDraft>> claims, String end) {
        int slash = ref.indexOf('/');
        String src;
        String id;
        if (slash < 0) {
            if (sid == null) {
                out.add(Diagnostic.error("unknown-claim", "'" + ref + "' names no claim: in a shared file write source-id/claim-id", at,
                        suggestQualified(ref, claims)));
                return null;
            }
            src = sid;
            id = ref;
        } else {
            src = ref.substring(0, slash);
            id = ref.substring(slash + 1);
        }
        Map<String, ClaimDraft> m = claims.get(src);
        if (m == null) {
            out.add(missing(src, Diagnostic.error("unknown-source", "unknown source '" + src + "' in '" + ref + "'", at,
                    refHint(src, claims.keySet(), "sources"))));
            return null;
        }
        if (!m.containsKey(id)) {
            out.add(Diagnostic.error("unknown-claim", "source '" + src + "' has no claim '" + id + "'", at,
                    refHint(id, m.keySet(), "claims of " + src)));
            return null;
        }
        return src + "/" + id;
    }

    private static String suggestQualified(String id, Map<String, Map<String, ClaimDraft>> claims) {
        for (var e : claims.entrySet()) {
            if (e.getValue().containsKey(id)) {
                return "did you mean '" + e.getKey() + "/" + id + "'?";
            }
        }
        return null;
    }

    /** Records that {@code d} reports {@code name} as undefined; returns {@code d}. */
    private Diagnostic missing(String name, Diagnostic d) {
        unresolved.put(d, name);
        return d;
    }

    /** The names the unresolved-reference diagnostics reported so far could not find, by diagnostic (identity). */
    Map<Diagnostic, String> unresolved() {
        return unresolved;
    }

    private String refHint(String word, java.util.Collection<String> known, String what) {
        if (known.isEmpty()) {
            return "there are no " + what;
        }
        refHintWork += known.size();
        if (refHintWork > MAX_REF_HINT_WORK) {
            return null;
        }
        String h = Text.hint(word, known);
        if (h != null) {
            return h;
        }
        if (known.isEmpty()) {
            return "there are no " + what;
        }
        return known.size() <= 8 ? "known " + what + ": " + String.join(", ", known) : null;
    }

    private void supportCycles(List<Relation> relations) {
        Graph<String, DefaultEdge> g = new DirectedMultigraph<>(DefaultEdge.class);
        Map<String, Relation> firstEdge = new HashMap<>();
        for (Relation r : relations) {
            if (r.type() == RelationType.SUPPORTS) {
                g.addVertex(r.from());
                g.addVertex(r.to());
                g.addEdge(r.from(), r.to());
                firstEdge.putIfAbsent(r.from() + "->" + r.to(), r);
            }
        }
        var inspector = new KosarajuStrongConnectivityInspector<>(g);
        for (Set<String> scc : inspector.stronglyConnectedSets()) {
            if (scc.size() < 2) {
                continue;
            }
            Relation at = null;
            for (Relation r : relations) {
                if (r.type() == RelationType.SUPPORTS && scc.contains(r.from()) && scc.contains(r.to())) {
                    at = r;
                    break;
                }
            }
            List<String> members = new ArrayList<>(new java.util.TreeSet<>(scc));
            out.add(Diagnostic.warning("support-cycle", "claims support each other in a cycle: " + String.join(" -> ", members),
                    at.location(), "a reason cannot ultimately rest on its own conclusion; break one support"));
        }
    }
}
