package org.argmap.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PrintableTest {

    @Test
    void escapesControlBidiAndSeparatorCharactersOnly() {
        assertEquals("plain \\u00e9 text \\\\ slash", Printable.escape("plain \\u00e9 text \\\\ slash"));
        assertEquals("a\\u202Eb\\u2066c\\u200Fd", Printable.escape("a\u202Eb\u2066c\u200Fd"));
        assertEquals("\\t\\n\\r\\u0000\\u001B\\u007F\\u0085\\u2028", Printable.escape("\t\n\r\u0000\u001B\u007F\u0085\u2028"));
        assertEquals("x\\U000E0001y", Printable.escape("x\uDB40\uDC01y"));
        assertEquals("été 😀", Printable.escape("été 😀"));
    }

    @Test
    void everyDiagnosticMessageAndHintIsEscapedAndBounded() {
        Diagnostic d = Diagnostic.error("unknown-claim", "no claim 'a\u202Eb'", new Location("f\ng.yaml", 2, 3), "did you mean 'a\u2067'?");
        assertEquals("no claim 'a\\u202Eb'", d.message());
        assertEquals("did you mean 'a\\u2067'?", d.hint());
        assertEquals("f\\ng.yaml:2:3: error [unknown-claim] no claim 'a\\u202Eb'", d.format());
        Diagnostic big = Diagnostic.error("x-y", "id " + "z".repeat(10_000), Location.of("f"), null);
        assertTrue(big.message().length() < Printable.MAX_LENGTH + 40, () -> "" + big.message().length());
        assertTrue(big.message().endsWith("… (8003 more characters)"), big::message);
    }
}
