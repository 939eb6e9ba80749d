package org.argmap.interchange;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.argmap.diag.Diagnostic;
import org.argmap.diag.Location;
import org.argmap.model.Claim;
import org.argmap.model.ClaimKind;
import org.argmap.model.Evidence;
import org.argmap.model.EvidenceKind;
import org.argmap.model.Proposition;
import org.argmap.model.Relation;
import org.argmap.model.RelationType;
import org.argmap.model.Source;
import org.argmap.model.Stance;
import org.argmap.model.StanceType;

/**
 * Assembles an {@link ImportedMap} for one source: hands out unique slug ids, writes each claim's
 * text as a paragraph of the generated source text and quotes it as the claim's evidence (one
 * piece per speaker), makes the propositions that equivalence, contrariety and contradiction
 * need, and orders undercuts after the relations they target.
 */
public final class MapBuilder {
    private final String sourceId;
    private final Location at;
    private final Set<String> ids = new HashSet<>();
    private final Map<String, Draft> claims = new LinkedHashMap<>();
    private final Map<String, Proposition> propositions = new LinkedHashMap<>();
    private final Map<String, String> propositionOf = new LinkedHashMap<>();
    private final List<Relation> relations = new ArrayList<>();
    private final Set<String> relationIds = new HashSet<>();

    private static final class Draft {
        String id;
        String text;
        ClaimKind kind;
        List<String> tags;
        String note;
        List<String> speakers;
        boolean quote;
    }

    /**
     * @param sourceId the source's id (a slug)
     * @param file the map file the result will be written to, for locations
     */
    public MapBuilder(String sourceId, String file) {
        this.sourceId = sourceId;
        this.at = Location.of(file);
    }

    public String sourceId() {
        return sourceId;
    }

    /** A slug made of the text's first words (at most {@code maxLength} characters), or {@code fallback}. */
    public static String slug(String text, int maxLength, String fallback) {
        String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        if (t.length() > maxLength) {
            int cut = t.lastIndexOf('-', maxLength);
            t = t.substring(0, cut > maxLength / 2 ? cut : maxLength).replaceAll("-+$", "");
        }
        return t.isEmpty() ? fallback : t;
    }

    /** Reserves and returns a claim id based on {@code preferred} (a slug), made unique with {@code -2}, {@code -3}... */
    public String uniqueId(String preferred) {
        String id = preferred;
        for (int n = 2; !ids.add(id); n++) {
            id = preferred + "-" + n;
        }
        return id;
    }

    /**
     * Adds a claim whose id was reserved with {@link #uniqueId}.
     *
     * @param quote true to quote the claim's text from the generated source text
     * @param speakers who asserts it (one piece of evidence each); empty for the source's own voice
     */
    public void claim(String id, String text, ClaimKind kind, List<String> tags, String note, boolean quote,
                      List<String> speakers) {
        Draft d = new Draft();
        d.id = id;
        d.text = text;
        d.kind = kind;
        d.tags = List.copyOf(new java.util.LinkedHashSet<>(tags));
        d.note = note;
        d.quote = quote && text != null && !text.isBlank();
        d.speakers = List.copyOf(new java.util.LinkedHashSet<>(speakers));
        claims.put(id, d);
    }

    public boolean hasClaim(String id) {
        return claims.containsKey(id);
    }

    public String textOf(String claimId) {
        return claims.get(claimId).text;
    }

    /** The claim's reference {@code source/claim}. */
    public String ref(String claimId) {
        return sourceId + "/" + claimId;
    }

    /** The proposition standing for a claim ({@code p-<claim id>}), made on first use; the claim affirms it. */
    public String propositionFor(String claimId) {
        return propositionOf.computeIfAbsent(claimId, c -> {
            String pid = "p-" + c;
            for (int n = 2; propositions.containsKey(pid); n++) {
                pid = "p-" + c + "-" + n;
            }
            propositions.put(pid, new Proposition(pid, claims.get(c).text.strip(), null, List.of(),
                    "stands for claim " + ref(c), at));
            return pid;
        });
    }

    /** Adds a proposition with the given id and text (argmap's own Argdown export names its propositions). */
    public void proposition(String id, String text) {
        propositions.put(id, new Proposition(id, text.strip(), null, List.of(), null, at));
    }

    public boolean hasProposition(String id) {
        return propositions.containsKey(id);
    }

    /** Adds a stance of a claim on a proposition. */
    public void stance(String claimId, String propositionId, StanceType type) {
        extraStances.computeIfAbsent(claimId, k -> new ArrayList<>())
                .add(new Stance(sourceId, claimId, propositionId, type, false, null, at));
    }

    private final Map<String, List<Stance>> extraStances = new LinkedHashMap<>();

    /** True when a relation id is taken. */
    public boolean hasRelation(String id) {
        return relationIds.contains(id);
    }

    /** Adds a relation; {@code from}/{@code to} are claim ids, proposition ids or (undercuts) relation ids. */
    public void relation(String id, String from, String to, RelationType type, String note) {
        if (!relationIds.add(id)) {
            throw new IllegalArgumentException("duplicate relation id " + id);
        }
        String f = type.betweenClaims() ? ref(from) : from;
        String t = type.betweenClaims() && type != RelationType.UNDERCUTS ? ref(to) : to;
        relations.add(new Relation(id, true, f, t, type, sourceId, note, at));
    }

    /** Builds the map, diagnostics sorted by file, line and column. Undercuts come last, each after the undercut it targets; undercuts in a cycle are dropped with a warning. */
    public ImportedMap build(Source source, List<Diagnostic> diagnostics, Location cycleAt) {
        List<Diagnostic> out = new ArrayList<>(diagnostics);
        StringBuilder text = new StringBuilder();
        List<Claim> cs = new ArrayList<>();
        Map<String, List<Stance>> stances = new LinkedHashMap<>();
        for (var e : propositionOf.entrySet()) {
            stances.computeIfAbsent(e.getKey(), k -> new ArrayList<>())
                    .add(new Stance(sourceId, e.getKey(), e.getValue(), StanceType.AFFIRMS, false, null, at));
        }
        extraStances.forEach((k, v) -> stances.computeIfAbsent(k, x -> new ArrayList<>()).addAll(v));
        for (Draft d : claims.values()) {
            List<Evidence> ev = new ArrayList<>();
            if (d.quote) {
                if (!text.isEmpty()) {
                    text.append("\n\n");
                }
                text.append(d.text);
                List<String> speakers = d.speakers.isEmpty() ? java.util.Collections.singletonList(null) : d.speakers;
                int n = 0;
                for (String sp : speakers) {
                    n++;
                    ev.add(new Evidence(sourceId + "/" + d.id + "#" + n, sourceId, d.id, d.text,
                            sp == null ? EvidenceKind.STATEMENT : EvidenceKind.TESTIMONY,
                            sp, null, null, -1, -1, false, at));
                }
            }
            cs.add(new Claim(sourceId, d.id, d.text, d.kind, d.tags, ev, stances.getOrDefault(d.id, List.of()), d.note, at));
        }
        if (!text.isEmpty()) {
            text.append('\n');
        }
        List<Relation> rs = orderUndercuts(out, cycleAt);
        out.sort(Diagnostic.ORDER);
        return new ImportedMap(source, cs, List.copyOf(propositions.values()), rs, text.toString(), out);
    }

    /**
     * Non-undercuts in order, then each undercut once its target is placed: those whose target is
     * already placed in input order, each followed at once by the undercuts waiting for it. Linear:
     * an undercut waits in a list keyed by its target instead of being rescanned (a chain of 10,000
     * undercuts written backwards took a quadratic number of passes before).
     */
    private List<Relation> orderUndercuts(List<Diagnostic> out, Location cycleAt) {
        List<Relation> ordered = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        Map<String, List<Relation>> waiting = new LinkedHashMap<>();
        List<Relation> undercuts = new ArrayList<>();
        for (Relation r : relations) {
            if (r.type() == RelationType.UNDERCUTS) {
                undercuts.add(r);
            } else {
                ordered.add(r);
                placed.add(r.id());
            }
        }
        java.util.ArrayDeque<Relation> ready = new java.util.ArrayDeque<>();
        for (Relation r : undercuts) {
            if (!placed.contains(r.to())) {
                waiting.computeIfAbsent(r.to(), k -> new ArrayList<>()).add(r);
                continue;
            }
            ready.add(r);
            while (!ready.isEmpty()) {
                Relation x = ready.poll();
                ordered.add(x);
                placed.add(x.id());
                List<Relation> next = waiting.remove(x.id());
                if (next != null) {
                    ready.addAll(next);
                }
            }
        }
        for (Relation r : undercuts) {
            if (placed.contains(r.id())) {
                continue;
            }
            out.add(Diagnostic.warning("dropped-relation", "undercut " + r.id() + " targets '" + r.to()
                    + "', which is itself only an undercut in a cycle or missing; dropped", cycleAt, null));
        }
        return ordered;
    }
}
