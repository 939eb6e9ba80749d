package org.argmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class QuoteFinderTest {
    private static final String TEXT = "Title\n\nThe bureaucracy rose “in the ashes” — so.\nKádár  János 😀 said: it’s over.\n";
    private final QuoteFinder finder = new QuoteFinder(TEXT);

    @Test
    void exactMatchGivesCodePointOffsets() {
        QuoteFinder.Match m = finder.find("it’s over");
        assertEquals(QuoteFinder.Match.Status.EXACT, m.status());
        int i = TEXT.indexOf("it’s over");
        int cp = TEXT.codePointCount(0, i);
        assertEquals(cp, m.start());
        assertEquals(cp + 9, m.end());
        // the emoji before it counts as one code point, not two chars
        assertEquals(i - 1, m.start());
    }

    @Test
    void typographicQuotesDashesAndSpacesMatchAfterNormalising() {
        QuoteFinder.Match m = finder.find("rose \"in the ashes\" - so");
        assertEquals(QuoteFinder.Match.Status.NORMALISED, m.status());
        assertEquals("rose “in the ashes” — so", m.closest());
        assertEquals(TEXT.indexOf("rose"), m.start());
        QuoteFinder.Match spaces = finder.find("Kádár János");
        assertEquals(QuoteFinder.Match.Status.NORMALISED, spaces.status());
        assertEquals("Kádár  János", spaces.closest());
    }

    @Test
    void oneLetterChangeIsNotFoundAndTheHintShowsTheClosestPassage() {
        QuoteFinder.Match m = finder.find("The bureaucracy rise");
        assertEquals(QuoteFinder.Match.Status.NOT_FOUND, m.status());
        assertNotNull(m.closest());
        assertTrue(m.closest().startsWith("The bureaucracy ro"), m.closest());
        assertEquals(3, m.closestLine());
        assertTrue(m.similarity() > 0.9, "similarity " + m.similarity());
    }

    @Test
    void accentsAreNotNormalisedAway() {
        assertEquals(QuoteFinder.Match.Status.NOT_FOUND, finder.find("Kadar  Janos").status());
    }

    @Test
    void didYouMeanSuggestsCloseWordsOnly() {
        assertEquals("thesis", Text.didYouMean("thessis", java.util.List.of("thesis", "premise")));
        assertEquals(null, Text.didYouMean("zzzz", java.util.List.of("thesis", "premise")));
        assertEquals(2, Text.levenshtein("kitten", "kitxen") + 1);
    }
}
