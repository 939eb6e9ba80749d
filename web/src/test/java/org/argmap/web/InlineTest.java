package org.argmap.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class InlineTest {

    @Test
    void dropsTheXmlPrologueAndUnwrapsPlainStyleSheets() {
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE svg>\n<!-- made -->\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\"><defs><style type=\"text/css\"><![CDATA[\n.a{fill:red}\n]]></style></defs></svg>\n";
        assertEquals("<svg xmlns=\"http://www.w3.org/2000/svg\"><defs><style type=\"text/css\">\n.a{fill:red}\n</style></defs></svg>\n",
                Inline.svg(svg));
    }

    @Test
    void keepsTheCdataOfASheetThatHtmlWouldReadDifferently() {
        String svg = "<svg><style><![CDATA[.a::after{content:\"<&>\"}]]></style></svg>";
        assertEquals(svg, Inline.svg(svg));
    }

    @Test
    void hashesStyleElementsForTheContentSecurityPolicy() {
        // SHA-256 of the empty string, base64: a known value.
        assertEquals(Set.of("sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="), Security.styleHashes("<style type=\"text/css\"></style>"));
        assertEquals("default-src 'self'; script-src 'self'; style-src 'self' 'sha256-x'; img-src 'self' data:; connect-src 'self'; "
                + "font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
                Security.policy(Set.of("sha256-x")));
    }
}
