package org.argmap.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Prepares an SVG document for inlining in an HTML page. */
final class Inline {

    private static final Pattern PROLOGUE = Pattern.compile("\\A(?:\\s*<\\?xml[^>]*\\?>|\\s*<!DOCTYPE[^>\\[]*(?:\\[[^\\]]*\\])?>|\\s*<!--.*?-->)*\\s*",
            Pattern.DOTALL);
    private static final Pattern CDATA_STYLE = Pattern.compile("(<style\\b[^>]*>)\\s*<!\\[CDATA\\[(.*?)\\]\\]>\\s*(</style>)",
            Pattern.DOTALL);

    private static final Pattern STYLE_ATTRIBUTE = Pattern.compile("\\sstyle=\"([^\"]*)\"");
    private static final java.util.Set<String> PRESENTATION = java.util.Set.of("fill", "fill-opacity", "stroke", "stroke-width",
            "stroke-opacity", "stroke-dasharray", "stroke-linecap", "stroke-linejoin", "opacity", "font-size", "font-weight",
            "font-style");

    private Inline() {
    }

    /**
     * The SVG without its XML declaration, doctype and leading comments, and with each style
     * sheet's CDATA wrapper removed when the sheet holds no {@code <} or {@code &}, so that the
     * HTML parser sees the same text the Content-Security-Policy hash is computed over.
     */
    static String svg(String svg) {
        String body = PROLOGUE.matcher(svg).replaceFirst("");
        Matcher m = CDATA_STYLE.matcher(body);
        StringBuilder out = new StringBuilder(body.length());
        while (m.find()) {
            String css = m.group(2);
            String replacement = css.contains("<") || css.contains("&") ? m.group() : m.group(1) + css + m.group(3);
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return presentationAttributes(out.toString());
    }

    /**
     * Rewrites {@code style="fill:#c53030;stroke:none"} as {@code fill="#c53030" stroke="none"}: a
     * page's Content-Security-Policy blocks style attributes, not presentation attributes, and
     * these properties mean the same as either. A style attribute with any other property is kept
     * (and so blocked, visibly, rather than silently changed).
     */
    static String presentationAttributes(String svg) {
        Matcher m = STYLE_ATTRIBUTE.matcher(svg);
        StringBuilder out = new StringBuilder(svg.length());
        while (m.find()) {
            StringBuilder attrs = new StringBuilder();
            boolean ok = true;
            for (String decl : m.group(1).split(";")) {
                if (decl.isBlank()) {
                    continue;
                }
                int colon = decl.indexOf(':');
                String name = colon < 0 ? "" : decl.substring(0, colon).strip();
                String value = colon < 0 ? "" : decl.substring(colon + 1).strip();
                if (!PRESENTATION.contains(name) || value.isEmpty() || value.contains("&") || value.contains("<")) {
                    ok = false;
                    break;
                }
                attrs.append(' ').append(name).append("=\"").append(value).append('"');
            }
            m.appendReplacement(out, Matcher.quoteReplacement(ok ? attrs.toString() : m.group()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
