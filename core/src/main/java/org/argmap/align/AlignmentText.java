package org.argmap.align;

import java.util.List;
import java.util.Locale;
import org.argmap.align.Alignment.Candidate;
import org.argmap.align.Alignment.Compound;
import org.argmap.align.Alignment.Member;
import org.argmap.align.Alignment.Parallel;
import org.argmap.align.Alignment.Part;
import org.argmap.align.Alignment.StanceGap;
import org.argmap.analysis.Quote;

/**
 * An {@link Alignment} as plain text (for the terminal) or Markdown (for a review document).
 * Deterministic, like the JSON; scores with two decimals.
 */
public final class AlignmentText {

    private AlignmentText() {
    }

    public static String text(Alignment a) {
        return write(a, false);
    }

    public static String markdown(Alignment a) {
        return write(a, true);
    }

    private static String write(Alignment a, boolean md) {
        StringBuilder b = new StringBuilder();
        String h1 = md ? "# " : "";
        String h2 = md ? "## " : "";
        String h3 = md ? "### " : "";
        b.append(h1).append("Alignment: ").append(a.candidates().size()).append(" candidate propositions, ")
                .append(a.gaps().size()).append(" stance gaps, ").append(a.compounds().size()).append(" compound propositions")
                .append(a.dismissed() > 0 ? " (" + a.dismissed() + " dismissed)" : "").append("\n\n");
        if (md) {
            b.append("Produced by `./argmap align --format markdown`. Similarity is the mean of two TF-IDF cosines over "
                    + "stemmed terms (claim texts; texts with quotes or glosses); see docs/align.md. Thresholds: parallel at "
                    + num(a.settings().candidate()) + ", strong at " + num(a.settings().strong()) + ", evidence at "
                    + num(a.settings().evidence()) + ".\n\n");
        }
        b.append(h2).append("Candidate propositions (").append(a.candidates().size()).append(")\n\n");
        int k = 0;
        for (Candidate c : a.candidates()) {
            k++;
            b.append(h3).append(k).append(". ").append(c.id()).append(" (similarity ").append(num(c.score())).append(")\n");
            b.append(md ? "\n" : "").append("Suggested proposition: ").append(c.text()).append("\n");
            b.append("Shared terms: ").append(String.join(", ", c.terms())).append("\n");
            b.append(md ? "\n" : "");
            for (Member m : c.members()) {
                b.append(md ? "- **" : "  - ").append(m.ref()).append(md ? "**" : "").append(" would ").append(verb(m.stance().word()))
                        .append(m.ref().equals(c.central()) ? " (central)" : "").append(": ").append(m.text());
                b.append(m.propositions().isEmpty() ? " [no stance yet]" : " [stances on: " + String.join(", ", m.propositions()) + "]");
                b.append("\n");
                quotes(b, m.quotes(), md);
            }
            b.append("\n");
        }
        b.append(h2).append("Stance gaps (").append(a.gaps().size()).append(")\n\n");
        for (StanceGap g : a.gaps()) {
            b.append(md ? "- **" : "  - ").append(g.claim()).append(md ? "**" : "").append(" could ").append(verb(g.stance().word()))
                    .append(" ").append(md ? "`" : "").append(g.proposition()).append(md ? "`" : "")
                    .append(" (evidence ").append(num(g.evidenceScore())).append("); parallel: ");
            List<String> ps = g.parallels().stream().map(p -> p.ref() + " " + p.stance().word() + (p.implied() ? " (implied)" : "")
                    + " " + num(p.score())).toList();
            b.append(String.join("; ", ps)).append("\n");
            quotes(b, g.quotes(), md);
        }
        b.append("\n").append(h2).append("Compound propositions (").append(a.compounds().size()).append(")\n\n");
        for (Compound c : a.compounds()) {
            b.append(md ? "- **" : "  - ").append(c.proposition()).append(md ? "**" : "").append(" (")
                    .append(String.join(", ", c.signals())).append("): ").append(c.text()).append("\n");
            b.append(md ? "  Suggested split:\n" : "    suggested split:\n");
            for (Part p : c.parts()) {
                b.append(md ? "  - " : "      - ").append(p.text()).append("\n");
                b.append(md ? "    - " : "          ").append("stated by: ")
                        .append(p.covered().isEmpty() ? "none" : String.join(", ", p.covered())).append("\n");
                if (!p.uncovered().isEmpty()) {
                    b.append(md ? "    - " : "          ").append("not stated by: ").append(String.join(", ", p.uncovered())).append("\n");
                }
            }
        }
        return b.toString();
    }

    private static String verb(String stance) {
        return switch (stance) {
            case "affirms" -> "affirm";
            case "denies" -> "deny";
            default -> "qualify";
        };
    }

    private static void quotes(StringBuilder b, List<Quote> qs, boolean md) {
        for (Quote q : qs) {
            b.append(md ? "  > " : "      > ").append(oneLine(q.text()));
            if (q.gloss() != null) {
                b.append(" (").append(oneLine(q.gloss())).append(")");
            }
            if (q.speaker() != null) {
                b.append(" \u2014 ").append(oneLine(q.speaker()));
            }
            b.append(md ? "\n" : "\n");
        }
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }
}
