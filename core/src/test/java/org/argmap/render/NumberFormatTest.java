package org.argmap.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class NumberFormatTest {
    @Test
    void writesAtMostTwoDecimalsWithoutTrailingZeros() {
        assertEquals("12", SvgRenderer.num(12.0));
        assertEquals("12.5", SvgRenderer.num(12.5));
        assertEquals("12.05", SvgRenderer.num(12.049999));
        assertEquals("0.07", SvgRenderer.num(0.07));
        assertEquals("-3.25", SvgRenderer.num(-3.25));
        assertEquals("-0.5", SvgRenderer.num(-0.5));
        assertEquals("100", SvgRenderer.num(99.999));
    }

    @Test
    void refusesNonFiniteCoordinates() {
        assertThrows(IllegalArgumentException.class, () -> SvgRenderer.num(Double.NaN));
    }

    @Test
    void cssWordsKeepLettersDigitsDashAndUnderscoreOnly() {
        String clean = "supports_2-x";
        assertSame(clean, SvgRenderer.cssWord(clean), "a clean word is returned as it is");
        assertEquals("a-b--c-", SvgRenderer.cssWord("a b/\u00e9c!"));
        assertEquals("", SvgRenderer.cssWord(""));
    }
}
