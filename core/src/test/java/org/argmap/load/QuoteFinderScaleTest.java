package org.argmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The indexed lookups give the same answers as a scan, and many quotes in a long text cost
 * time linear in their number, not in their number times the text's length.
 */
class QuoteFinderScaleTest {

    /** The first occurrence as a plain scan finds it, in code points; -1 when absent. */
    private static int scan(String text, String quote) {
        int i = text.indexOf(quote);
        return i < 0 ? -1 : text.codePointCount(0, i);
    }

    @Test
    void indexedLookupsAgreeWithAScanOnRepetitiveText() {
        Random rnd = new Random(7);
        for (int round = 0; round < 20; round++) {
            // a small alphabet (with a character outside Latin-1 and one outside the BMP) makes many repeats
            String[] alphabet = {"a", "b", " ", "\u0151", "\uD83D\uDE00", "ab", "\n"};
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 3000; k++) {
                sb.append(alphabet[rnd.nextInt(alphabet.length)]);
            }
            String text = sb.toString();
            QuoteFinder f = new QuoteFinder(text);
            for (int q = 0; q < 300; q++) {
                String quote;
                if (rnd.nextBoolean()) {
                    int from = rnd.nextInt(text.length() - 40);
                    quote = text.substring(from, from + 1 + rnd.nextInt(30));
                } else {
                    StringBuilder b = new StringBuilder();
                    for (int k = 0, len = 1 + rnd.nextInt(12); k < len; k++) {
                        b.append(alphabet[rnd.nextInt(alphabet.length - 1)]);
                    }
                    quote = b.toString();
                }
                if (quote.isBlank() || Character.isLowSurrogate(quote.charAt(0))
                        || Character.isHighSurrogate(quote.charAt(quote.length() - 1))) {
                    continue;
                }
                QuoteFinder.Match m = f.find(quote, false);
                int expected = scan(text, quote);
                if (expected >= 0) {
                    assertEquals(QuoteFinder.Match.Status.EXACT, m.status(), quote);
                    assertEquals(expected, m.start(), "first occurrence of '" + quote + "'");
                } else {
                    assertTrue(m.status() != QuoteFinder.Match.Status.EXACT, quote);
                }
            }
        }
    }

    @Test
    void normalisedLookupsAfterTheIndexIsBuiltKeepLineAndOffsets() {
        String text = "x\n".repeat(50) + "He said \u201Cno\u201D \u2014 twice.\n";
        QuoteFinder f = new QuoteFinder(text);
        for (int k = 0; k <= QuoteFinder.SCANS_BEFORE_INDEX; k++) {
            f.find("x\nx", false);
        }
        QuoteFinder.Match m = f.find("said \"no\"   - twice", false);
        assertEquals(QuoteFinder.Match.Status.NORMALISED, m.status());
        assertEquals(51, m.closestLine());
        assertEquals(100 + 3, m.start());
        assertEquals("said \u201Cno\u201D \u2014 twice", m.closest());
    }

    /**
     * 40,000 quotes, each a paragraph of a 2.4-million-character text (with non-Latin-1 letters, as
     * in the corpus' Dutch and Hungarian names): a scan per quote costs about 5·10^10 character
     * steps (two minutes here before the index); the index answers in well under a second. The bound is generous.
     */
    @Test
    void fortyThousandQuotesInALongTextAreFoundInLinearTime() {
        int n = 40_000;
        StringBuilder sb = new StringBuilder();
        String[] quotes = new String[n];
        for (int k = 0; k < n; k++) {
            quotes[k] = "Claim n\u00B0 " + k + " of the chain: Gyula \u0150rs said so, and number " + (k * 7919 % n) + " agrees.";
            sb.append(quotes[k]).append("\n\n");
        }
        String text = sb.toString();
        long t0 = System.nanoTime();
        QuoteFinder f = new QuoteFinder(text);
        int found = 0;
        for (int k = 0; k < n; k++) {
            QuoteFinder.Match m = f.find(quotes[k], false);
            if (m.status() == QuoteFinder.Match.Status.EXACT) {
                found++;
            }
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertEquals(n, found);
        assertEquals(scan(text, quotes[n - 1]), f.find(quotes[n - 1], false).start());
        assertTrue(seconds < 10, "40,000 quotes took " + seconds + " s");
    }
}
