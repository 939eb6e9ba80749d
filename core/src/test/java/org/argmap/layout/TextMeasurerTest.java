package org.argmap.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.List;
import org.argmap.layout.Diagram.Role;
import org.argmap.layout.Typography.Style;
import org.junit.jupiter.api.Test;

class TextMeasurerTest {
    private final TextMeasurer m = new TextMeasurer(Typography.standard());
    private final Style body = Typography.standard().style(Role.BODY);

    @Test
    void measuresLikeTheDejaVuFontItself() {
        String s = "Magyarország árvíztűrő tükörfúrógép, één congres";
        Font f = TextMeasurer.loadFont("DejaVu Sans", Font.PLAIN).deriveFont((float) body.size());
        assertEquals("DejaVu Sans", f.getFamily());
        double awt = f.getStringBounds(s, new FontRenderContext(null, true, true)).getWidth();
        assertEquals(awt, m.width(s, body), 0.5);
    }

    @Test
    void boldIsWiderThanRegularAndWIsWiderThanI() {
        Style bold = Typography.standard().style(Role.BODY_BOLD);
        assertTrue(m.width("bureaucracy", bold) > m.width("bureaucracy", body));
        assertTrue(m.width("WWWW", body) > 2 * m.width("iiii", body));
    }

    @Test
    void wrapsAtSpacesWithinTheWidth() {
        String text = "The Soviet bureaucracy answers every sign of independent thought with repression and exile.";
        List<String> lines = m.wrap(text, body, 150);
        assertTrue(lines.size() >= 3, lines::toString);
        for (String l : lines) {
            assertTrue(m.width(l, body) <= 150, l);
        }
        assertEquals(text, String.join(" ", lines));
    }

    @Test
    void breaksAWordWiderThanTheLine() {
        List<String> lines = m.wrap("tengely-evans-2016-is-a-very-long-identifier", body, 60);
        assertTrue(lines.size() > 1);
        assertEquals("tengely-evans-2016-is-a-very-long-identifier", String.join("", lines));
        lines.forEach(l -> assertTrue(m.width(l, body) <= 60, l));
    }

    @Test
    void keepsLineBreaks() {
        assertEquals(List.of("one", "two"), m.wrap("one\ntwo", body, 500));
    }

    @Test
    void abbreviatesAtAWordBoundaryWithAnEllipsis() {
        assertEquals("The Soviet bureaucracy\u2026", TextMeasurer.abbreviate("The Soviet bureaucracy answers every sign", 25));
        assertEquals("short", TextMeasurer.abbreviate("  short ", 25));
    }
}
