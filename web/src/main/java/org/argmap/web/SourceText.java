package org.argmap.web;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.argmap.model.Evidence;

/**
 * Writes an article's full text as HTML with each quote wrapped in a {@code <span class="q">} that
 * names the evidence and the claims it backs ({@code data-evidence}, {@code data-claims}, both
 * space-separated lists), so that the page can highlight a claim's quotes without computing offsets
 * in the browser. Offsets in the model are Unicode code points; they are converted to Java string
 * indices here. Overlapping quotes split into segments, each naming every quote that covers it.
 */
final class SourceText {

    private SourceText() {
    }

    /** Writes {@code text} with the quotes of {@code evidence} marked; evidence not found is skipped. */
    static void write(Html out, String text, List<Evidence> evidence) {
        int cps = text.codePointCount(0, text.length());
        List<Evidence> found = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, cps));
        for (Evidence e : evidence) {
            if (e.found() && e.start() < e.end() && e.end() <= cps) {
                found.add(e);
                cuts.add(e.start());
                cuts.add(e.end());
            }
        }
        Integer prev = null;
        int prevIndex = 0;
        for (int cut : cuts) {
            int index = text.offsetByCodePoints(0, cut);
            if (prev != null) {
                String piece = text.substring(prevIndex, index);
                Set<String> ids = new LinkedHashSet<>();
                Set<String> claims = new LinkedHashSet<>();
                for (Evidence e : found) {
                    if (e.start() <= prev && cut <= e.end()) {
                        ids.add(e.id());
                        claims.add(e.source() + "/" + e.claim());
                    }
                }
                if (ids.isEmpty()) {
                    out.text(piece);
                } else {
                    out.el("span", piece, "class", "q", "data-evidence", String.join(" ", ids),
                            "data-claims", String.join(" ", claims));
                }
            }
            prev = cut;
            prevIndex = index;
        }
    }
}
