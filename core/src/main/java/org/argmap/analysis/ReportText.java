package org.argmap.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.argmap.analysis.Acceptability.Framework;
import org.argmap.analysis.Acceptability.Label;
import org.argmap.diag.Diagnostic;
import org.argmap.model.Corpus;
import org.argmap.model.Proposition;
import org.argmap.model.Source;

/**
 * An {@link AnalysisReport} for people: plain text ({@link #text}) or Markdown ({@link
 * #markdown}). Sections: summary, camps, contradictions (with each side's claims and quotes, and
 * the explanation), agreements, cruxes, the stance matrix, agreement between sources,
 * acceptability, warnings. Deterministic.
 */
public final class ReportText {

    private ReportText() {
    }

    /** Plain text, wrapped at 100 columns. */
    public static String text(AnalysisReport r) {
        return build(r, false).text();
    }

    /** GitHub-flavoured Markdown. */
    public static String markdown(AnalysisReport r) {
        return build(r, true).markdown();
    }

    private static Doc build(AnalysisReport r, boolean md) {
        Corpus c = r.corpus();
        Doc d = new Doc();
        d.heading(1, "Cross-source analysis");
        d.para(c.sources().size() + " sources, " + c.claims().size() + " claims, " + c.propositions().size() + " propositions: "
                + r.agreements().size() + plural(r.agreements().size(), " agreement", " agreements") + ", "
                + r.contradictions().size() + plural(r.contradictions().size(), " contradiction", " contradictions")
                + (r.contradictions().isEmpty() ? "" : " (" + kindCounts(r) + ")") + ", "
                + r.camps().size() + plural(r.camps().size(), " camp.", " camps."));
        List<List<String>> rows = new ArrayList<>();
        for (Source s : c.sources()) {
            rows.add(List.of(s.id(), String.join(", ", s.authors()), s.date() == null ? "" : s.date(),
                    s.tradition() == null ? "" : s.tradition(), s.title()));
        }
        d.table(List.of("source", "authors", "date", "tradition", "title"), rows);

        d.heading(2, "Camps");
        d.para("Sources grouped by how much they agree (average linkage, threshold " + Analysis.CAMP_THRESHOLD
                + "; agreement as defined under \"Agreement between sources\").");
        for (Camp camp : r.camps()) {
            d.item(0, "Camp " + camp.number() + (camp.label() == null ? "" : " (" + camp.label() + ")") + ": "
                    + String.join(", ", camp.sources())
                    + (camp.cohesion() == null ? "" : "; mean agreement " + fmt(camp.cohesion()) + " over "
                            + camp.pairs() + plural(camp.pairs(), " pair", " pairs")));
        }

        d.heading(2, "Contradictions");
        if (r.contradictions().isEmpty()) {
            d.para("None found.");
        }
        int n = 0;
        for (Contradiction x : r.contradictions()) {
            n++;
            d.heading(3, n + ". " + title(x));
            for (Contradiction.Side s : x.sides()) {
                d.item(0, s.proposition() == null
                        ? names(s.sources()) + " (" + s.stance() + "):"
                        : Contradictions.sentence(s) + ": " + emph(propText(c, s.proposition()), md));
                for (CitedClaim cl : s.claims()) {
                    claim(d, cl, Integer.MAX_VALUE, md, 1);
                }
            }
            d.para(md ? "**Why:**" : "Why:");
            x.explanation().forEach(e -> d.item(0, e));
            for (int i = 1; i < x.chains().size(); i++) {
                d.item(0, "Another chain: " + chainText(x.chains().get(i)) + ".");
            }
        }

        d.heading(2, "Agreements");
        if (r.agreements().isEmpty()) {
            d.para("None found.");
        }
        for (Agreement a : r.agreements()) {
            boolean all = a.sources().size() == c.sources().size() && c.sources().size() > 2;
            d.heading(3, a.proposition() + ": " + (all ? "all " + a.sources().size() + " sources " : names(a.sources()) + " ")
                    + Contradictions.verb(a.stance().word(), a.sources().size()));
            d.para(emph(propText(c, a.proposition()), md));
            for (CitedClaim cl : a.claims()) {
                claim(d, cl, 2, md, 0);
            }
        }

        d.heading(2, "Cruxes");
        if (r.cruxes().isEmpty()) {
            d.para(r.camps().size() < 2 ? "One camp only: nothing separates camps." : "No proposition separates the camps.");
        } else {
            d.para("Propositions on which the camps differ most, weighted by how many sources take a position "
                    + "(score = separation × coverage; camp means: +1 affirms, −1 denies, 0 qualifies; entailed positions count).");
            List<List<String>> cr = new ArrayList<>();
            for (Crux x : r.cruxes()) {
                List<String> row = new ArrayList<>(List.of(x.proposition(), fmt(x.score())));
                for (Crux.CampView v : x.camps()) {
                    row.add(v.mean() == null ? "silent" : signed(v.mean()));
                }
                cr.add(row);
            }
            List<String> header = new ArrayList<>(List.of("proposition", "score"));
            r.camps().forEach(k -> header.add("camp " + k.number()));
            d.table(header, cr);
        }

        d.heading(2, "Stance matrix");
        d.para("+ affirms, − denies, ~ qualifies, · silent; (+) or (−): silent, but the source's other stances entail it "
                + "through the relations between propositions; * mixed stances; i implied only.");
        List<String> header = new ArrayList<>(List.of("proposition"));
        header.addAll(r.stanceMatrix().sources());
        List<List<String>> mr = new ArrayList<>();
        for (Map.Entry<String, List<StanceMatrix.Cell>> e : r.stanceMatrix().nonEmptyRows().entrySet()) {
            List<String> row = new ArrayList<>(List.of(e.getKey()));
            e.getValue().forEach(cell -> row.add(symbol(cell)));
            mr.add(row);
        }
        d.table(header, mr);

        d.heading(2, "Agreement between sources");
        d.para("Normalised agreement over the propositions both take a position on (Betz, Debate Dynamics, 2013): "
                + "same position 1, qualifies against affirms or denies 0.5, affirms against denies 0; "
                + "a silent cell counts with the position the source's other stances entail.");
        List<List<String>> sr = new ArrayList<>();
        for (SourceAgreement s : r.agreementScores()) {
            sr.add(List.of(s.a(), s.b(), String.valueOf(s.shared()), String.valueOf(s.same()), String.valueOf(s.partial()),
                    String.valueOf(s.opposite()), s.score() == null ? "n/a" : fmt(s.score())));
        }
        d.table(List.of("source", "source", "shared", "same", "partial", "opposite", "agreement"), sr);

        d.heading(2, "Acceptability");
        d.para("Dung frameworks over the claims: attacks and undercuts between claims, and a mutual attack between "
                + "the claims on the two sides of every contradiction. Grounded: in, out or undecided; credulous: in some "
                + "preferred extension; skeptical: in all.");
        Framework f = r.acceptability().corpus();
        d.item(0, summary("Whole corpus", f));
        for (Framework s : r.acceptability().sources()) {
            d.item(0, summary(s.scope(), s));
        }
        List<Acceptability.Status> undecided = f.statuses().stream().filter(s -> s.grounded() == Label.UNDEC).toList();
        if (!undecided.isEmpty()) {
            d.para("Undecided in the whole corpus (each accepted in some preferred extension but not all, unless marked):");
            for (Acceptability.Status s : undecided) {
                d.item(0, code(s.claim(), md) + (Boolean.FALSE.equals(s.credulous()) ? " (rejected by every preferred extension)" : "")
                        + (Boolean.TRUE.equals(s.skeptical()) ? " (in every preferred extension)" : "")
                        + (s.undecided() == null ? "" : " (" + s.undecided() + ")"));
            }
        }
        List<Acceptability.Status> out = f.statuses().stream().filter(s -> s.grounded() == Label.OUT).toList();
        if (!out.isEmpty()) {
            d.para("Out in the whole corpus (attacked by an accepted claim):");
            out.forEach(s -> d.item(0, code(s.claim(), md)));
        }
        for (Acceptability.OpenChanges oc : r.acceptability().open()) {
            d.para("Without " + oc.source() + ": whether " + oc.claims() + " claims change their preferred status is " + oc.reason() + ".");
        }
        if (r.acceptability().changes().isEmpty()) {
            d.para("No claim changes status when one source is added or removed.");
        } else {
            d.para("Claims whose status depends on one source (status with all sources → without that source):");
            for (Acceptability.StatusChange ch : r.acceptability().changes()) {
                d.item(0, "without " + ch.source() + ": " + code(ch.claim(), md) + " " + ch.with().summary() + " → "
                        + ch.without().summary());
            }
        }

        if (!r.warnings().isEmpty()) {
            d.heading(2, "Warnings");
            for (Diagnostic w : r.warnings()) {
                d.item(0, w.format() + (w.hint() == null ? "" : " (" + w.hint() + ")"));
            }
        }
        return d;
    }

    private static String title(Contradiction x) {
        Contradiction.Side a = x.sides().get(0);
        Contradiction.Side b = x.sides().get(1);
        String what;
        if (a.proposition() == null) {
            what = a.claims().get(0).ref() + " " + a.stance() + " " + b.claims().get(0).ref();
        } else if (x.basis() == Contradiction.Kind.DIRECT) {
            what = a.proposition() + ", affirmed by " + names(a.sources()) + ", denied by " + names(b.sources());
        } else if (x.kind() == Contradiction.Kind.INTERNAL) {
            what = lit(a) + " vs " + lit(b);
        } else {
            what = lit(a) + " (" + names(a.sources()) + ") vs " + lit(b) + " (" + names(b.sources()) + ")";
        }
        String kind = x.kind() == Contradiction.Kind.INTERNAL
                ? "internal (" + x.basis().word() + ") in " + x.sources().get(0)
                : x.kind().word();
        return capitalise(kind) + ": " + what;
    }

    private static String lit(Contradiction.Side s) {
        return (s.stance().equals("denies") ? "not " : "") + s.proposition();
    }

    private static void claim(Doc d, CitedClaim cl, int maxQuotes, boolean md, int depth) {
        String head = code(cl.ref(), md) + (cl.kind() == null ? "" : " [" + cl.kind().word() + "]")
                + (cl.implied() ? " (implied)" : "") + ": " + cl.text();
        d.item(depth, head);
        int shown = 0;
        for (Quote q : cl.quotes()) {
            if (shown == maxQuotes) {
                d.quote(depth, "(" + (cl.quotes().size() - shown) + " more " + plural(cl.quotes().size() - shown, "quote)", "quotes)"));
                break;
            }
            d.quote(depth, "“" + q.text() + "”" + (q.gloss() == null ? "" : " [" + q.gloss() + "]")
                    + (q.speaker() == null ? "" : " — " + q.speaker()) + " " + code(q.id().substring(q.id().lastIndexOf('#')), md));
            shown++;
        }
    }

    private static String chainText(org.argmap.graph.Chain ch) {
        StringBuilder b = new StringBuilder(ch.from().toString());
        ch.steps().forEach(s -> b.append(" → (").append(s.relation().type().word()).append(") ").append(s.to()));
        return b.toString();
    }

    private static String summary(String scope, Framework f) {
        long in = f.statuses().stream().filter(s -> s.grounded() == Label.IN).count();
        long out = f.statuses().stream().filter(s -> s.grounded() == Label.OUT).count();
        long undec = f.statuses().size() - in - out;
        return scope + ": " + f.arguments().size() + " claims, " + f.attacks().size() + plural(f.attacks().size(), " attack", " attacks")
                + "; grounded " + in + " in, " + out + " out, " + undec + " undecided; " + count(f.complete(), "complete")
                + ", " + count(f.preferred(), "preferred") + ", " + count(f.stable(), "stable") + " "
                + plural(f.stable().count(), "extension", "extensions");
    }

    private static String count(Acceptability.Extensions e, String name) {
        return (e.exact() ? "" : "at least ") + e.count() + " " + name;
    }

    private static String symbol(StanceMatrix.Cell c) {
        String s = switch (c.position()) {
            case AFFIRMS -> "+";
            case DENIES -> "−";
            case QUALIFIES -> "~";
            case SILENT -> switch (c.entailed()) {
                case AFFIRMS -> "(+)";
                case DENIES -> "(−)";
                default -> "·";
            };
        };
        return s + (c.mixed() ? "*" : "") + (c.position().taken() && c.implied() ? "i" : "");
    }

    private static String kindCounts(AnalysisReport r) {
        List<String> parts = new ArrayList<>();
        for (Contradiction.Kind k : Contradiction.Kind.values()) {
            int n = r.contradictions(k).size();
            if (n > 0) {
                parts.add(n + " " + k.word());
            }
        }
        return String.join(", ", parts);
    }

    private static String propText(Corpus c, String id) {
        return c.proposition(id).map(Proposition::text).orElse(id).strip().replaceAll("\\s+", " ");
    }

    private static String names(List<String> xs) {
        return Contradictions.names(xs);
    }

    private static String emph(String s, boolean md) {
        return md ? "*" + s + "*" : "\"" + s + "\"";
    }

    private static String code(String s, boolean md) {
        return md ? "`" + s + "`" : s;
    }

    private static String plural(long n, String one, String many) {
        return n == 1 ? one : many;
    }

    private static String capitalise(String s) {
        return Contradictions.capitalise(s);
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    private static String signed(double v) {
        return (v > 0 ? "+" : v < 0 ? "−" : "") + String.format(Locale.ROOT, "%.2f", Math.abs(v));
    }
}
