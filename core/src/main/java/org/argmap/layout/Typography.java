package org.argmap.layout;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import org.argmap.layout.Diagram.Role;

/**
 * The type used to measure and draw text: one family, and per {@link Role} a size, weight, slant,
 * line height and letter spacing. The layout measures with exactly what the renderer names, so
 * that every label fits its box.
 *
 * @param family the family measured with and named first in the drawing (DejaVu Sans)
 * @param cssFamily the CSS font-family list for the drawing, the measured family first
 * @param styles the style of each role
 * @param padding the space between a node's border and its text, in px
 * @param defaultWrapWidth the width node text is wrapped to unless a node says otherwise, in px
 * @param blockGap the space between two blocks of a node's text, in px
 */
public record Typography(String family, String cssFamily, Map<Role, Style> styles, double padding,
                         double defaultWrapWidth, double blockGap) {

    /**
     * The most lines any one block of text takes in a figure (a node's text, a title, a
     * cluster's title): a longer text ends its last line in an ellipsis, so that a claim of
     * 100 KB makes a box of ordinary size. The full text stays in the node's tooltip.
     */
    public static final int MAX_LINES = 8;

    /**
     * How one role's text looks.
     *
     * @param size font size in px
     * @param bold bold weight
     * @param italic italic slant
     * @param lineHeight the distance between two baselines, in px
     * @param letterSpacing extra space after each character, in px
     */
    public record Style(double size, boolean bold, boolean italic, double lineHeight, double letterSpacing) {
        static Style of(double size, boolean bold, boolean italic) {
            return new Style(size, bold, italic, Math.round(size * 13.5) / 10.0, 0);
        }

        /** The distance from the top of a line box to its baseline. */
        public double ascent() {
            return Math.round((lineHeight - size) / 2 * 100 + size * 0.93 * 100) / 100.0;
        }
    }

    public Typography {
        Objects.requireNonNull(family);
        styles = Map.copyOf(styles);
        for (Role r : Role.values()) {
            if (!styles.containsKey(r)) {
                throw new IllegalArgumentException("no style for " + r);
            }
        }
    }

    /** The standard type: DejaVu Sans (the font every machine here has), 11 px body text wrapped at 250 px. */
    public static Typography standard() {
        Map<Role, Style> s = new EnumMap<>(Role.class);
        s.put(Role.TITLE, Style.of(20, true, false));
        s.put(Role.SUBTITLE, Style.of(11.5, false, false));
        s.put(Role.CLUSTER_TITLE, Style.of(13, true, false));
        s.put(Role.CLUSTER_SUBTITLE, Style.of(10, false, true));
        s.put(Role.HEADER, new Style(7.5, true, false, 11, 0.6));
        s.put(Role.BODY, Style.of(11, false, false));
        s.put(Role.BODY_BOLD, Style.of(11, true, false));
        s.put(Role.BODY_ITALIC, Style.of(10.5, false, true));
        s.put(Role.FOOTER, new Style(8.5, false, false, 12, 0));
        s.put(Role.LEGEND, Style.of(10, false, false));
        return new Typography("DejaVu Sans", "'DejaVu Sans', Verdana, 'Bitstream Vera Sans', sans-serif", s,
                8, 250, 4);
    }

    public Style style(Role role) {
        return styles.get(role);
    }
}
