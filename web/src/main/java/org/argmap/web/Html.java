package org.argmap.web;

/**
 * A small HTML writer that escapes every string it is given, in text and in attribute values; only
 * {@link #raw} writes markup as is, and it is used for markup this server produced itself (the
 * SVG drawings, whose text the renderer escapes). Hand-written rather than a template engine: the
 * pages are few and built in Java, and one escaping path is easier to audit than a template
 * language's several.
 */
final class Html {

    private final StringBuilder out = new StringBuilder(8192);

    /** Escapes {@code & < > " '} so that the string is inert in text and in quoted attributes. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String r = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> "&#39;";
                default -> null;
            };
            if (r != null) {
                if (b == null) {
                    b = new StringBuilder(s.length() + 16).append(s, 0, i);
                }
                b.append(r);
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    /** Escapes a string for a URL query value or path segment. */
    static String url(String s) {
        return java.net.URLEncoder.encode(s == null ? "" : s, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** Opens {@code tag} with attributes given as name, value pairs; a null value omits the attribute. */
    Html open(String tag, String... attrs) {
        out.append('<').append(tag);
        attributes(attrs);
        out.append('>');
        return this;
    }

    /** A void element ({@code input}, {@code meta}, {@code link}). */
    Html empty(String tag, String... attrs) {
        return open(tag, attrs);
    }

    Html close(String tag) {
        out.append("</").append(tag).append('>');
        return this;
    }

    /** An element holding escaped text. */
    Html el(String tag, String text, String... attrs) {
        return open(tag, attrs).text(text).close(tag);
    }

    /** A link. */
    Html a(String href, String text, String... attrs) {
        String[] all = new String[attrs.length + 2];
        all[0] = "href";
        all[1] = href;
        System.arraycopy(attrs, 0, all, 2, attrs.length);
        return el("a", text, all);
    }

    Html text(String s) {
        out.append(esc(s));
        return this;
    }

    /** Markup written as is: only for markup this server made (see the class comment). */
    Html raw(String markup) {
        out.append(markup);
        return this;
    }

    private void attributes(String... attrs) {
        if (attrs.length % 2 != 0) {
            throw new IllegalArgumentException("attributes come in name, value pairs");
        }
        for (int i = 0; i < attrs.length; i += 2) {
            if (attrs[i + 1] == null) {
                continue;
            }
            out.append(' ').append(attrs[i]);
            if (!attrs[i + 1].isEmpty() || !isBoolean(attrs[i])) {
                out.append("=\"").append(esc(attrs[i + 1])).append('"');
            }
        }
    }

    private static boolean isBoolean(String name) {
        return switch (name) {
            case "hidden", "checked", "selected", "disabled", "open" -> true;
            default -> false;
        };
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
