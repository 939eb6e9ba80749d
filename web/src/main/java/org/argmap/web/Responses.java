package org.argmap.web;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.nio.charset.StandardCharsets;
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

    /** Seconds a client should wait before asking again for something still being computed (the analysis). */
    static final long PENDING_RETRY_AFTER = 2;

    /** {@code 503 Service Unavailable} with {@code Retry-After} and a body. */
    static MutableHttpResponse<?> unavailable(long retryAfterSeconds, MediaType type, byte[] body) {
        return HttpResponse.<byte[]>status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, Long.toString(retryAfterSeconds))
                .header(HttpHeaders.CACHE_CONTROL, "no-store").contentType(type).body(body);
    }

    /** {@code 503} with {@code Retry-After} and the message as text. */
    static MutableHttpResponse<?> unavailable(long retryAfterSeconds, String message) {
        return unavailable(retryAfterSeconds, MediaType.TEXT_PLAIN_TYPE, (message + "\n").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The answer to a drawing that failed: 503 with {@code Retry-After} when the server is busy
     * (trying again later can work), 422 when the drawing is over the size limits,
     * 503 when the analysis it needs failed. Anything else is a bug and is thrown on.
     */
    static MutableHttpResponse<?> drawingFailure(Throwable failure) {
        Throwable t = unwrap(failure);
        if (t instanceof DrawingService.Busy busy) {
            return unavailable(busy.retryAfterSeconds(), busy.getMessage());
        }
        if (t instanceof DrawingService.TooLarge) {
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).contentType(MediaType.TEXT_PLAIN_TYPE).body(t.getMessage() + "\n");
        }
        if (t instanceof AnalysisService.Unavailable) {
            return HttpResponse.status(HttpStatus.SERVICE_UNAVAILABLE).contentType(MediaType.TEXT_PLAIN_TYPE).body(t.getMessage() + "\n");
        }
        throw t instanceof RuntimeException r ? r : new java.util.concurrent.CompletionException(t);
    }

    /** The cause under {@link java.util.concurrent.CompletionException} and {@link java.util.concurrent.ExecutionException} wrappers. */
    static Throwable unwrap(Throwable t) {
        while ((t instanceof java.util.concurrent.CompletionException || t instanceof java.util.concurrent.ExecutionException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
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
