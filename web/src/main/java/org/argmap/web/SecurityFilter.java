package org.argmap.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.server.HttpServerConfiguration;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Set;

/**
 * Headers on every response (a Content-Security-Policy unless the response set its own,
 * {@code nosniff}, no referrer, no framing); 405 for any method but GET and HEAD; and, when the
 * server listens on a loopback address
 * only, a refusal of requests whose {@code Host} is not a loopback name: a web page elsewhere
 * cannot then read the maps through DNS rebinding.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
final class SecurityFilter {

    static final String CSP = "Content-Security-Policy";
    private static final Set<String> LOOPBACK_NAMES = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final boolean loopbackOnly;

    SecurityFilter(HttpServerConfiguration server) {
        this.loopbackOnly = isLoopback(server.getHost().orElse("127.0.0.1"));
    }

    static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    @RequestFilter
    @Nullable
    HttpResponse<?> checkRequest(HttpRequest<?> request) {
        HttpMethod m = request.getMethod();
        if (m != HttpMethod.GET && m != HttpMethod.HEAD) {
            // Read-only: nothing here accepts a body or changes anything, static files included.
            return secured(HttpResponse.status(HttpStatus.METHOD_NOT_ALLOWED).header(HttpHeaders.ALLOW, "GET, HEAD")
                    .contentType(MediaType.TEXT_PLAIN_TYPE).body("This server is read-only: GET and HEAD only.\n"));
        }
        if (!loopbackOnly) {
            return null;
        }
        String host = request.getHeaders().get(HttpHeaders.HOST);
        if (host == null) {
            return null;
        }
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            int end = name.indexOf(']');
            name = end < 0 ? name : name.substring(0, end + 1);
        } else if (name.indexOf(':') >= 0) {
            name = name.substring(0, name.indexOf(':'));
        }
        if (LOOPBACK_NAMES.contains(name) || name.endsWith(".localhost")) {
            return null;
        }
        return secured(HttpResponse.status(HttpStatus.FORBIDDEN).contentType(MediaType.TEXT_PLAIN_TYPE)
                .body("This server answers on the loopback address only (Host: localhost or 127.0.0.1).\n"));
    }

    /** A refusal made here skips the response filters: it gets the headers now. */
    private MutableHttpResponse<?> secured(MutableHttpResponse<?> response) {
        headers(response);
        return response;
    }

    @ResponseFilter
    void headers(MutableHttpResponse<?> response) {
        if (!response.getHeaders().contains(CSP)) {
            boolean svg = response.getContentType().map(t -> t.getName().equals("image/svg+xml")).orElse(false);
            response.header(CSP, svg ? Security.DRAWING : Security.DEFAULT);
        }
        response.header("X-Content-Type-Options", "nosniff");
        response.header("Referrer-Policy", "no-referrer");
        response.header("X-Frame-Options", "DENY");
    }
}
