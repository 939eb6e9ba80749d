package org.argmap.layout;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.argmap.layout.Typography.Style;

/**
 * Measures and wraps text with real font metrics ({@link java.awt.Font} and a
 * {@link FontRenderContext} with fractional metrics), for the family the drawing names. The
 * DejaVu Sans files are read from {@code /usr/share/fonts/truetype/dejavu/} when there (the only
 * font on a fresh machine); otherwise the family is asked of the platform by name.
 *
 * <p>A string's width is the sum of its characters' advances (no kerning, no ligatures: both only
 * narrow text, so a label measured this way still fits). Advances are measured once per character
 * at 100 px and scaled, which makes measuring linear in the text's length and thread-safe.
 */
public final class TextMeasurer {

    /** Where Debian's fonts-dejavu-core puts the fonts. */
    public static final Path DEJAVU_DIR = Path.of("/usr/share/fonts/truetype/dejavu");

    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
    private static final java.util.regex.Pattern TRAILING_PUNCTUATION =
            java.util.regex.Pattern.compile("[\\s,;:.\u2013\u2014-]+$");
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private static final float BASE = 100f;
    private static final ConcurrentHashMap<String, Face> FACES = new ConcurrentHashMap<>();

    private final Typography typography;
    private final Face regular;
    private final Face bold;
    private final Face italic;
    private final Face boldItalic;

    public TextMeasurer(Typography typography) {
        this.typography = typography;
        String fam = typography.family();
        this.regular = face(fam, Font.PLAIN);
        this.bold = face(fam, Font.BOLD);
        this.italic = face(fam, Font.ITALIC);
        this.boldItalic = face(fam, Font.BOLD | Font.ITALIC);
    }

    public Typography typography() {
        return typography;
    }

    /** The width of one line of text in the given style, in px. */
    public double width(String text, Style style) {
        Face f = face(style);
        double sum = 0;
        int n = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            sum += f.advance(cp);
            n++;
            i += Character.charCount(cp);
        }
        return sum * style.size() / BASE + n * style.letterSpacing();
    }

    /**
     * Wraps text to lines no wider than {@code maxWidth} where possible: greedy, at spaces; a word
     * wider than the whole width is broken between characters. Line breaks in the text are kept;
     * runs of white space become one space. Unbounded: see {@link #wrap(String, Style, double, int)}.
     */
    public List<String> wrap(String text, Style style, double maxWidth) {
        return wrap(text, style, maxWidth, Integer.MAX_VALUE);
    }

    /**
     * Wraps text as {@link #wrap(String, Style, double)} does, but into at most {@code maxLines}
     * lines: when the text needs more, the last line ends in an ellipsis ({@code …}; trailing
     * punctuation and space are removed first, then words or characters until it fits). Cost:
     * linear in the part of the text that fills the lines, plus one scan of the paragraph it
     * stops in, so a 100 KB text (or a 100 KB word without a space) costs about what its first
     * lines cost.
     *
     * @param maxLines the most lines to return, at least 1
     */
    public List<String> wrap(String text, Style style, double maxWidth, int maxLines) {
        if (maxLines < 1) {
            throw new IllegalArgumentException("maxLines must be at least 1: " + maxLines);
        }
        List<String> lines = new ArrayList<>();
        double space = width(" ", style);
        boolean more = false;
        int start = 0;
        paragraphs:
        while (true) {
            int nl = text.indexOf('\n', start);
            String para = (nl < 0 ? text.substring(start) : text.substring(start, nl)).trim();
            StringBuilder line = new StringBuilder();
            double lineWidth = 0;
            int i = 0;
            int len = para.length();
            while (i < len) {
                while (i < len && isSpace(para.charAt(i))) {
                    i++;
                }
                if (i >= len) {
                    break;
                }
                int j = i;
                while (j < len && !isSpace(para.charAt(j))) {
                    j++;
                }
                String word = para.substring(i, j);
                i = j;
                double w = width(word, style);
                if (line.length() > 0 && lineWidth + space + w <= maxWidth) {
                    line.append(' ').append(word);
                    lineWidth += space + w;
                    continue;
                }
                if (line.length() > 0) {
                    if (lines.size() == maxLines) {
                        more = true;
                        break paragraphs;
                    }
                    lines.add(line.toString());
                    line.setLength(0);
                    lineWidth = 0;
                }
                while (w > maxWidth && word.codePointCount(0, word.length()) > 1) {
                    if (lines.size() == maxLines) {
                        more = true;
                        break paragraphs;
                    }
                    int cut = fit(word, style, maxWidth);
                    lines.add(word.substring(0, cut));
                    word = word.substring(cut);
                    w = width(word, style);
                }
                if (lines.size() == maxLines) {
                    more = true;
                    break paragraphs;
                }
                line.append(word);
                lineWidth = w;
            }
            if (line.length() > 0 || lines.isEmpty()) {
                if (lines.size() == maxLines) {
                    more = true;
                    break;
                }
                lines.add(line.toString());
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        if (more) {
            lines.set(lines.size() - 1, withEllipsis(lines.get(lines.size() - 1), style, maxWidth));
        }
        return lines;
    }

    /** The separators of the pattern {@code \s} other than a line break (which never reaches here). */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A line cut short: trailing punctuation dropped, then words or characters until "…" fits. */
    private String withEllipsis(String line, Style style, double maxWidth) {
        String ellipsis = "\u2026";
        String t = TRAILING_PUNCTUATION.matcher(line).replaceAll("");
        while (!t.isEmpty() && width(t + ellipsis, style) > maxWidth) {
            int sp = t.lastIndexOf(' ');
            t = sp > 0 ? t.substring(0, sp) : t.substring(0, t.offsetByCodePoints(t.length(), -1));
            t = TRAILING_PUNCTUATION.matcher(t).replaceAll("");
        }
        return t + ellipsis;
    }

    /**
     * The longest prefix (in chars, at a code point boundary, at least one code point) that fits.
     * The advances are summed in the order {@link #width} sums them, so the answer is the same as
     * measuring each prefix, in time linear in the prefix.
     */
    private int fit(String word, Style style, double maxWidth) {
        Face f = face(style);
        int first = word.codePointAt(0);
        double sum = f.advance(first);
        int n = 1;
        int end = Character.charCount(first);
        while (end < word.length()) {
            int cp = word.codePointAt(end);
            double next = sum + f.advance(cp);
            if (next * style.size() / BASE + (n + 1) * style.letterSpacing() > maxWidth) {
                break;
            }
            sum = next;
            n++;
            end += Character.charCount(cp);
        }
        return end;
    }

    private Face face(Style style) {
        return style.bold() ? (style.italic() ? boldItalic : bold) : (style.italic() ? italic : regular);
    }

    /**
     * Shortens text to at most {@code maxChars} characters at a word boundary, adding an ellipsis
     * when it cut anything.
     */
    public static String abbreviate(String text, int maxChars) {
        String t = SPACES.matcher(text.strip()).replaceAll(" ");
        if (t.codePointCount(0, t.length()) <= maxChars) {
            return t;
        }
        int end = t.offsetByCodePoints(0, maxChars);
        int space = t.lastIndexOf(' ', end);
        if (space > maxChars / 2) {
            end = space;
        }
        String cut = TRAILING_PUNCTUATION.matcher(t.substring(0, end)).replaceAll("");
        return cut + "\u2026";
    }

    private static Face face(String family, int style) {
        return FACES.computeIfAbsent(family + "/" + style, k -> new Face(loadFont(family, style)));
    }

    /** Loads the family's face from the DejaVu files when the family is DejaVu Sans, else by name. */
    static Font loadFont(String family, int style) {
        if (family.equals("DejaVu Sans")) {
            String file = switch (style) {
                case Font.BOLD -> "DejaVuSans-Bold.ttf";
                case Font.ITALIC -> "DejaVuSans-Oblique.ttf";
                case Font.BOLD | Font.ITALIC -> "DejaVuSans-BoldOblique.ttf";
                default -> "DejaVuSans.ttf";
            };
            Path p = DEJAVU_DIR.resolve(file);
            if (Files.isRegularFile(p)) {
                try {
                    return Font.createFont(Font.TRUETYPE_FONT, p.toFile()).deriveFont(BASE);
                } catch (FontFormatException | IOException e) {
                    // fall through to the platform's font of that name
                }
            }
        }
        return new Font(family, style, (int) BASE).deriveFont(BASE);
    }

    /** One font face's advances at 100 px, measured on first use. */
    private static final class Face {
        private final Font font;
        private final float[] bmp = new float[65536];
        private final ConcurrentHashMap<Integer, Float> astral = new ConcurrentHashMap<>();

        Face(Font font) {
            this.font = font;
            Arrays.fill(bmp, Float.NaN);
        }

        float advance(int cp) {
            if (cp < bmp.length) {
                float a = bmp[cp];
                if (Float.isNaN(a)) {
                    a = measure(cp);
                    bmp[cp] = a;
                }
                return a;
            }
            return astral.computeIfAbsent(cp, this::measure);
        }

        private float measure(int cp) {
            if (!font.canDisplay(cp)) {
                return cp < 0x2000 ? BASE * 0.6f : BASE;
            }
            return (float) font.getStringBounds(new String(Character.toChars(cp)), FRC).getWidth();
        }
    }
}
