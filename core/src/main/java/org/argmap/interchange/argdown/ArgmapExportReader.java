package org.argmap.interchange.argdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.argmap.diag.Diagnostic;
import org.argmap.diag.Location;
import org.argmap.interchange.ImportedMap;
import org.argmap.interchange.MapBuilder;
import org.argmap.interchange.argdown.ArgdownDocument.Kind;
import org.argmap.interchange.argdown.ArgdownDocument.Member;
import org.argmap.model.ClaimKind;
import org.argmap.model.RelationType;
import org.argmap.model.Source;
import org.argmap.model.StanceType;

/**
 * Reads back what {@link ArgdownExporter} wrote (front matter key {@value ArgdownExporter#MARKER}),
 * so that import → export → import gives the same claims, propositions, relations and ids:
 * <ul>
 *   <li>a statement or argument titled {@code source/claim} is the claim {@code claim} (a statement
 *   and an argument of the same title are one claim);</li>
 *   <li>statements under the heading {@code Propositions} are propositions, ids their titles;</li>
 *   <li>an argument whose title has no {@code /} carries relations: its premise-conclusion
 *   structure gives supports with ids {@code title} (one premise) or {@code title.k}; a sketched
 *   one carries the attack or undercut of that id from the claim marked {@code {carries: id}};</li>
 *   <li>a relation line's data {@code {relation: id}} names the relation ({@code undercuts: id}
 *   its target), {@code {stance: affirms|denies}} makes it a stance; an entailment written both
 *   ways under one id is an equivalence.</li>
 * </ul>
 * Everything else is read as any Argdown file.
 */
final class ArgmapExportReader {
    private static final Pattern REF = Pattern.compile("[^/\\s]+/(.+)");

    private ArgmapExportReader() {
    }

    static ImportedMap map(String fileName, ArgdownDocument doc, String outFile, String textPath, Source source) {
        List<Diagnostic> out = new ArrayList<>(doc.diagnostics());
        MapBuilder b = new MapBuilder(source.id(), outFile);
        Map<String, String> sectionTitle = new HashMap<>();
        doc.sections().forEach(s -> sectionTitle.put(s.id(), s.title()));
        Map<String, String> claimOf = new HashMap<>();
        Set<String> propositions = new HashSet<>();
        for (ArgdownDocument.EquivalenceClass ec : doc.statements().values()) {
            String text = ec.text() == null ? ec.title() : ArgdownImporter.withoutTags(ec.text());
            List<String> tags = ec.tags();
            ArgdownDocument.Argument same = doc.arguments().get(ec.title());
            if (ec.text() == null && same != null && same.text() != null) {
                // a claim written as an argument and referenced as a statement in a reconstruction
                text = ArgdownImporter.withoutTags(same.text());
                tags = same.tags();
            }
            Matcher m = REF.matcher(ec.title());
            if (!m.matches() && "Propositions".equals(sectionTitle.get(ec.section()))) {
                b.proposition(ec.title(), text);
                propositions.add(ec.title());
                continue;
            }
            String id = b.uniqueId(m.matches() ? m.group(1) : MapBuilder.slug(ec.title(), 40, "statement"));
            b.claim(id, text, ClaimKind.PREMISE, tags, null, true, List.of());
            claimOf.put(ec.title(), id);
        }
        Map<String, String> argClaim = new HashMap<>();
        for (ArgdownDocument.Argument a : doc.arguments().values()) {
            Matcher m = REF.matcher(a.title());
            if (!m.matches()) {
                continue; // a carrier of relations
            }
            String id = claimOf.get(a.title());
            if (id == null) {
                id = b.uniqueId(m.group(1));
                String text = a.text() == null ? a.title() : ArgdownImporter.withoutTags(a.text());
                b.claim(id, text, ClaimKind.PREMISE, a.tags(), "Argdown argument <" + a.title() + ">", true, List.of());
            }
            argClaim.put(a.title(), id);
        }
        // reconstructions: of argument claims as the Argdown importer names them; of carriers by their title
        for (ArgdownDocument.Argument a : doc.arguments().values()) {
            if (!a.reconstructed()) {
                continue;
            }
            String arg = argClaim.get(a.title());
            List<ArgdownDocument.PcsStatement> pcs = a.pcs();
            int steps = (int) pcs.stream().filter(ArgdownDocument.PcsStatement::conclusion).count();
            List<String> premises = new ArrayList<>();
            int step = 0;
            int index = 0;
            for (ArgdownDocument.PcsStatement s : pcs) {
                index++;
                String claim = claimOf.get(s.title());
                if (!s.conclusion()) {
                    premises.add(claim);
                    continue;
                }
                step++;
                if (!s.uses().isEmpty()) {
                    premises.clear();
                    for (int u : s.uses()) {
                        if (u >= 1 && u < index) {
                            premises.add(claimOf.get(pcs.get(u - 1).title()));
                        }
                    }
                }
                List<String> ps = premises.stream().distinct().toList();
                String group = arg == null ? a.title() : step == steps ? arg : arg + "-s" + step;
                for (int k = 1; k <= ps.size(); k++) {
                    String id = arg == null && ps.size() == 1 ? group : group + "." + k;
                    b.relation(id, ps.get(k - 1), claim, RelationType.SUPPORTS, arg != null && k == 1 ? "premises of <" + a.title() + ">" : null);
                }
                premises.clear();
                premises.add(claim);
            }
            if (arg != null) {
                b.relation(arg, arg, claimOf.get(pcs.get(pcs.size() - 1).title()), RelationType.SUPPORTS,
                        "the gist of <" + a.title() + "> for its conclusion");
            }
        }
        Map<String, String> carried = new HashMap<>();
        for (ArgdownDocument.Relation r : doc.relations()) {
            if (r.datum("carries") != null && r.to().kind() == Kind.ARGUMENT) {
                carried.put(r.to().title(), end(r.from(), claimOf, argClaim));
            }
        }
        Map<String, List<ArgdownDocument.Relation>> byId = new HashMap<>();
        for (ArgdownDocument.Relation r : doc.relations()) {
            if (r.datum("relation") != null) {
                byId.computeIfAbsent(r.datum("relation"), k -> new ArrayList<>()).add(r);
            }
        }
        int n = 0;
        Set<String> equivalent = new HashSet<>();
        for (ArgdownDocument.Relation r : doc.relations()) {
            if (r.datum("carries") != null) {
                continue;
            }
            String from = r.from().kind() == Kind.ARGUMENT && !argClaim.containsKey(r.from().title())
                    ? carried.get(r.from().title()) : end(r.from(), claimOf, argClaim);
            String to = r.to().kind() == Kind.STATEMENT && propositions.contains(r.to().title()) ? r.to().title()
                    : end(r.to(), claimOf, argClaim);
            boolean fromProp = r.from().kind() == Kind.STATEMENT && propositions.contains(r.from().title());
            if (fromProp) {
                from = r.from().title();
            }
            String stance = r.datum("stance");
            if (stance != null && from != null && to != null) {
                b.stance(from, to, stance.equals("denies") ? StanceType.DENIES : StanceType.AFFIRMS);
                continue;
            }
            String id = r.datum("relation");
            if (id == null) {
                do {
                    id = "r" + (++n);
                } while (b.hasRelation(id));
            }
            if (r.type() == ArgdownDocument.RelationType.UNDERCUT) {
                to = r.datum("undercuts");
            }
            if (from == null || to == null) {
                out.add(Diagnostic.warning("argdown-unreadable-relation", r.type().word() + " " + r.from() + " → " + r.to()
                        + " does not follow argmap's export conventions; left out", r.location(), null));
                continue;
            }
            boolean props = fromProp || propositions.contains(to);
            RelationType type = switch (r.type()) {
                case SUPPORT, ENTAILS -> props ? RelationType.ENTAILS : RelationType.SUPPORTS;
                case ATTACK, CONTRARY -> props ? RelationType.CONTRARY : RelationType.ATTACKS;
                case CONTRADICTORY -> RelationType.CONTRADICTS;
                case UNDERCUT -> RelationType.UNDERCUTS;
            };
            if (type == RelationType.UNDERCUTS) {
                to = r.datum("undercuts");
                if (to == null) {
                    out.add(Diagnostic.warning("argdown-unreadable-relation", "undercut without 'undercuts' data; left out",
                            r.location(), null));
                    continue;
                }
            }
            if (b.hasRelation(id)) {
                if (type == RelationType.ENTAILS && equivalent.add(id)) {
                    continue; // the second direction of an equivalence
                }
                out.add(Diagnostic.warning("argdown-duplicate-relation", "relation id " + id + " is used twice; the later one is left out",
                        r.location(), null));
                continue;
            }
            if (type == RelationType.ENTAILS && isEquivalence(byId.getOrDefault(id, List.of()), r)) {
                type = RelationType.EQUIVALENT;
            }
            b.relation(id, from, to, type, null);
        }
        return b.build(source, out, Location.of(fileName));
    }

    /** True when the same id also names the entailment the other way: an equivalence. */
    private static boolean isEquivalence(List<ArgdownDocument.Relation> sameId, ArgdownDocument.Relation r) {
        return sameId.stream().anyMatch(x -> x != r && x.from().equals(r.to()) && x.to().equals(r.from()));
    }

    private static String end(Member m, Map<String, String> claimOf, Map<String, String> argClaim) {
        return switch (m.kind()) {
            case STATEMENT -> claimOf.get(m.title());
            case ARGUMENT -> argClaim.getOrDefault(m.title(), claimOf.get(m.title()));
            case INFERENCE -> argClaim.get(m.title());
        };
    }
}
