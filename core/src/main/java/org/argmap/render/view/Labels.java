package org.argmap.render.view;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.argmap.layout.Diagram;
import org.argmap.model.Source;

/** Words shared by the views: how sources, kinds and counts are written on a figure. */
final class Labels {
    private Labels() {
    }

    /** "Leon Trotsky · New Militant · 1935-11-02" (and the language when not English). */
    static String byline(Source s) {
        StringBuilder b = new StringBuilder();
        if (!s.authors().isEmpty()) {
            b.append(String.join(", ", s.authors()));
        }
        append(b, s.outlet());
        append(b, s.date());
        if (s.isNonEnglish()) {
            append(b, "in " + language(s.language()));
        }
        return b.toString();
    }

    private static void append(StringBuilder b, String part) {
        if (part != null && !part.isBlank()) {
            if (b.length() > 0) {
                b.append(" \u00b7 ");
            }
            b.append(part);
        }
    }

    static String language(String code) {
        String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return name.isEmpty() ? code : name;
    }

    /** A slug as words: "degenerated-workers-state" → "degenerated workers state". */
    static String words(String slug) {
        return slug == null ? null : slug.replace('-', ' ');
    }

    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    static String upper(String s) {
        return s.toUpperCase(Locale.ROOT);
    }

    static String joinIds(List<String> ids) {
        return String.join(", ", ids);
    }

    /** Adds a legend entry for each labelled style the figure uses, in the order of {@code labels}. */
    static void legend(List<Diagram.LegendEntry> out, Diagram.LegendEntry.Sample sample, Map<String, String> labels,
                       Collection<String> used) {
        labels.forEach((style, label) -> {
            if (used.contains(style)) {
                out.add(new Diagram.LegendEntry(sample, style, label));
            }
        });
    }
}
