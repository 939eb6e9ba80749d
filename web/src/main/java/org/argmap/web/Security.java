package org.argmap.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Content-Security-Policy headers. Pages allow scripts and stylesheets from this server only:
 * no inline script, no inline event handler. An inline SVG drawing carries its own
 * {@code <style>} element; a page that inlines one allows exactly that element by its SHA-256
 * hash. A drawing served on its own may style itself but runs no script and loads nothing.
 */
final class Security {

    /** The policy of a page that inlines no drawing, and of every other response. */
    static final String DEFAULT = policy(Set.of());

    /** The policy of a drawing served on its own ({@code image/svg+xml}). */
    static final String DRAWING = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'";

    private static final Pattern STYLE = Pattern.compile("<style\\b[^>]*>(.*?)</style>", Pattern.DOTALL);

    private Security() {
    }

    /** A page's policy, allowing the inline style elements with these {@code sha256-...} hashes. */
    static String policy(Collection<String> styleHashes) {
        StringBuilder styles = new StringBuilder("'self'");
        for (String h : styleHashes) {
            styles.append(" '").append(h).append('\'');
        }
        return "default-src 'self'; script-src 'self'; style-src " + styles + "; img-src 'self' data:; "
                + "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; "
                + "form-action 'self'";
    }

    /** The CSP hashes ({@code sha256-BASE64}) of the {@code <style>} elements' contents in markup. */
    static Set<String> styleHashes(String markup) {
        Set<String> out = new LinkedHashSet<>();
        Matcher m = STYLE.matcher(markup);
        while (m.find()) {
            out.add("sha256-" + Base64.getEncoder().encodeToString(sha256(m.group(1).getBytes(StandardCharsets.UTF_8))));
        }
        return out;
    }

    private static byte[] sha256(byte[] b) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(b);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
