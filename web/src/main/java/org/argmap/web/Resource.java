package org.argmap.web;

import io.micronaut.http.MediaType;
import java.nio.charset.StandardCharsets;

/**
 * A response body with its media type and a strong entity tag (a hash of the bytes).
 *
 * @param body the bytes; never modified once built
 * @param type the media type
 * @param etag the quoted entity tag
 * @param fileName a download name for {@code Content-Disposition: attachment}, or null to show inline
 * @param csp the Content-Security-Policy for this body, or null for the server's default
 */
record Resource(byte[] body, MediaType type, String etag, String fileName, String csp) {

    static Resource of(byte[] body, MediaType type) {
        return new Resource(body, type, "\"" + Snapshot.sha256(body).substring(0, 32) + "\"", null, null);
    }

    static final MediaType HTML = MediaType.of("text/html;charset=utf-8");
    static final MediaType SVG = MediaType.of("image/svg+xml");
    static final MediaType YAML = MediaType.of("application/yaml");

    static Resource html(String html) {
        return of(html.getBytes(StandardCharsets.UTF_8), HTML);
    }

    static Resource json(byte[] json) {
        return of(json, MediaType.APPLICATION_JSON_TYPE);
    }

    Resource asDownload(String name) {
        return new Resource(body, type, etag, name, csp);
    }

    Resource withCsp(String policy) {
        return new Resource(body, type, etag, fileName, policy);
    }

    String text() {
        return new String(body, StandardCharsets.UTF_8);
    }
}
