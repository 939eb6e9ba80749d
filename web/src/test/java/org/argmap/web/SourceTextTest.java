package org.argmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.argmap.diag.Location;
import org.argmap.model.Evidence;
import org.argmap.model.EvidenceKind;
import org.junit.jupiter.api.Test;

class SourceTextTest {

    private static Evidence ev(String claim, int n, int start, int end) {
        return new Evidence("s/" + claim + "#" + n, "s", claim, "q", EvidenceKind.STATEMENT, null, null, null, start, end, true,
                Location.of("s.yaml"));
    }

    private static String write(String text, List<Evidence> evidence) {
        Html h = new Html();
        SourceText.write(h, text, evidence);
        return h.toString();
    }

    @Test
    void convertsCodePointOffsetsPastAstralCharacters() {
        // "😀" is one code point but two Java chars: the quote "b<c" starts at code point 2, not char 2.
        String text = "a\uD83D\uDE00b<c d";
        assertEquals("a\uD83D\uDE00<span class=\"q\" data-evidence=\"s/x#1\" data-claims=\"s/x\">b&lt;c</span> d",
                write(text, List.of(ev("x", 1, 2, 5))));
    }

    @Test
    void splitsOverlappingQuotesIntoSegmentsNamingEveryQuoteThatCoversThem() {
        String text = "0123456789";
        assertEquals("0<span class=\"q\" data-evidence=\"s/x#1\" data-claims=\"s/x\">12</span>"
                        + "<span class=\"q\" data-evidence=\"s/x#1 s/y#1\" data-claims=\"s/x s/y\">345</span>"
                        + "<span class=\"q\" data-evidence=\"s/y#1\" data-claims=\"s/y\">67</span>89",
                write(text, List.of(ev("x", 1, 1, 6), ev("y", 1, 3, 8))));
    }

    @Test
    void skipsQuotesNotFoundOrOutOfRange() {
        assertEquals("abc", write("abc", List.of(ev("x", 1, -1, -1), ev("y", 1, 2, 9))));
    }
}
