package org.argmap.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Prepares an SVG document for inlining in an HTML page. */
final class Inline {

    private static final Pattern PROLOGUE = Pattern.compile("\\A(?:\\s*<\\?xml[^>]*\\?>|\\s*<!DOCTYPE[^>\\[]*(?:\\[[^\\]]*\\])?>|\\s*<!--.*?-->)*\\s*",
            Pattern.DOTALL);
    private static final Pattern CDATA_STYLE = Pattern.compile("(<style\\b[^>]*>)\\s*<!\\[CDATA\\[(.*?)\\]\\]>\\s*(</style>)",
            Pattern.DOTALL);

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
        return out.toString();
    }
}
