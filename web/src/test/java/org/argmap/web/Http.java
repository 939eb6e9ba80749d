package org.argmap.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** Test helpers: a response whatever its status, and raw requests whose path no client normalises. */
final class Http {

    record Response(int status, Map<String, java.util.List<String>> headers, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }

        String header(String name) {
            for (var e : headers.entrySet()) {
                if (e.getKey().equalsIgnoreCase(name)) {
                    return e.getValue().get(0);
                }
            }
            return null;
        }
    }

    private Http() {
    }

    static Response exchange(HttpClient client, HttpRequest<?> request) {
        try {
            HttpResponse<byte[]> r = client.toBlocking().exchange(request, byte[].class);
            return of(r);
        } catch (HttpClientResponseException e) {
            return of(e.getResponse());
        }
    }

    static Response get(HttpClient client, String path) {
        return exchange(client, HttpRequest.GET(path));
    }

    private static Response of(HttpResponse<?> r) {
        Map<String, java.util.List<String>> h = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        r.getHeaders().forEach((k, v) -> h.put(k, v));
        byte[] body = r.getBody(byte[].class).orElse(new byte[0]);
        return new Response(r.getStatus().getCode(), h, body);
    }

    /** Sends {@code METHOD target HTTP/1.1} byte for byte and returns the status line and everything after it. */
    static Response raw(URL server, String method, String target, String host) throws IOException {
        try (Socket s = new Socket(server.getHost(), server.getPort())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write((method + " " + target + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            String text = all.toString(StandardCharsets.ISO_8859_1);
            int status = Integer.parseInt(text.substring(9, 12));
            int end = text.indexOf("\r\n\r\n");
            Map<String, java.util.List<String>> headers = new java.util.TreeMap<>(String.CASE_INSENSITIVE_ORDER);
            for (String line : text.substring(0, end < 0 ? text.length() : end).split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && !line.startsWith("HTTP/")) {
                    headers.computeIfAbsent(line.substring(0, colon).strip(), k -> new java.util.ArrayList<>()).add(line.substring(colon + 1).strip());
                }
            }
            return new Response(status, headers, all.toByteArray());
        }
    }
}
