package org.argmap.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;

/** Turns a {@link Resource} into a response: entity tags, {@code 304 Not Modified}, download names. */
final class Responses {

    private Responses() {
    }

    /** 200 with the body, or 304 when the request's {@code If-None-Match} names the resource's tag. */
    static MutableHttpResponse<?> of(HttpRequest<?> request, Resource r) {
        return of(request, r, HttpStatus.OK);
    }

    static MutableHttpResponse<?> of(HttpRequest<?> request, Resource r, HttpStatus status) {
        if (status == HttpStatus.OK && matches(request.getHeaders().getAll(HttpHeaders.IF_NONE_MATCH), r.etag())) {
            return headers(HttpResponse.notModified(), r);
        }
        MutableHttpResponse<byte[]> res = HttpResponse.<byte[]>status(status).body(r.body()).contentType(r.type());
        if (r.fileName() != null) {
            res.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + r.fileName().replaceAll("[^A-Za-z0-9._-]", "_") + "\"");
        }
        return headers(res, r);
    }

    private static MutableHttpResponse<?> headers(MutableHttpResponse<?> res, Resource r) {
        res.header(HttpHeaders.ETAG, r.etag());
        // Always revalidate: the corpus changes under the browser while a page is open.
        res.header(HttpHeaders.CACHE_CONTROL, "no-cache");
        if (r.csp() != null) {
            res.header(SecurityFilter.CSP, r.csp());
        }
        return res;
    }

    /** True when an {@code If-None-Match} header value lists {@code etag} (weakly compared) or is {@code *}. */
    static boolean matches(List<String> ifNoneMatch, String etag) {
        for (String header : ifNoneMatch) {
            for (String tag : header.split(",")) {
                String t = tag.strip();
                if (t.startsWith("W/")) {
                    t = t.substring(2);
                }
                if (t.equals("*") || t.equals(etag)) {
                    return true;
                }
            }
        }
        return false;
    }
}
