package org.argmap.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.argmap.load.LoaderLimits;
import org.argmap.web.ArgmapServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServeCommandTest {

    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(args, new PrintWriter(out, true), new PrintWriter(err, true));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void startsOnLoopbackAndServesTheMaps() throws Exception {
        try (ArgmapServer server = ArgmapServer.start(new ArgmapServer.Options(List.of(Path.of("../argmaps")), "127.0.0.1", 0, false,
                LoaderLimits.DEFAULT.maxFileBytes()))) {
            assertTrue(server.url().matches("http://127\\.0\\.0\\.1:\\d+/"), server.url());
            var c = new org.argmap.load.CorpusLoader().load(List.of(Path.of("../argmaps"))).corpus();
            assertEquals(c.sources().size() + " sources, " + c.claims().size() + " claims, " + c.evidence().size() + " quotes, "
                    + c.propositions().size() + " propositions", server.summary());
            HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + "maps/trotsky-1935.svg"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode());
            assertTrue(r.body().strip().endsWith("</svg>"));
        }
    }

    @Test
    void aTakenPortIsReportedNotThrown() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            String[] r = run("serve", "--no-watch", "--port", Integer.toString(taken.getLocalPort()), "../argmaps");
            assertEquals("1", r[0]);
            assertTrue(r[2].startsWith("argmap: cannot start the server on 127.0.0.1:" + taken.getLocalPort() + ": "), r[2]);
            assertTrue(r[2].contains("try --port"), r[2]);
        }
    }

    @Test
    void rejectsAPortOutOfRange() {
        String[] r = run("serve", "--port", "70000");
        assertEquals("2", r[0]);
        assertEquals("argmap: --port must be 0..65535, not 70000\n", r[2]);
    }

    /** corpus/argmaps/s.yaml whose text is ../../secret.txt, outside the corpus root corpus/. */
    static Path corpusReachingOut(Path dir) throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "password: hunter2\n");
        Path maps = Files.createDirectories(dir.resolve("corpus/argmaps"));
        Files.writeString(maps.resolve("s.yaml"), "source:\n  id: s\n  title: T\n  language: en\n  text: ../../secret.txt\n"
                + "claims:\n  - id: c\n    text: C.\n    evidence:\n      - quote: \"password\"\n");
        return maps;
    }

    private static String get(ArgmapServer server, String path) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.statusCode() + " " + r.body();
    }

    @Test
    void aTextOutsideTheCorpusIsNeverServed(@TempDir Path dir) throws Exception {
        Path maps = corpusReachingOut(dir);
        try (ArgmapServer server = ArgmapServer.start(new ArgmapServer.Options(List.of(maps), "127.0.0.1", 0, false,
                LoaderLimits.DEFAULT.maxFileBytes()))) {
            assertTrue(server.diagnostics().stream().anyMatch(d -> d.code().equals("text-outside-corpus")), server.diagnostics()::toString);
            for (String page : List.of("", "maps/s", "api/corpus", "api/diagnostics", "search?q=password")) {
                String body = get(server, page);
                assertTrue(!body.contains("hunter2"), page + " shows the secret: " + body);
            }
        }
    }

    @Test
    void allowOutsideTextsServesThemOnLoopbackOnly(@TempDir Path dir) throws Exception {
        Path maps = corpusReachingOut(dir);
        try (ArgmapServer server = ArgmapServer.start(new ArgmapServer.Options(List.of(maps), "127.0.0.1", 0, false,
                LoaderLimits.DEFAULT.maxFileBytes(), true))) {
            assertEquals(List.of(), server.diagnostics());
            String page = get(server, "maps/s");
            assertTrue(page.contains("hunter2"), () -> "the user asked for the outside text: " + page);
        }
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> ArgmapServer.start(new ArgmapServer.Options(List.of(maps), "0.0.0.0", 0, false, LoaderLimits.DEFAULT.maxFileBytes(), true)));
        assertTrue(e.getMessage().contains("loopback"), e.getMessage());

        String[] r = run("serve", "--no-watch", "--port", "0", "--host", "0.0.0.0", "--allow-outside-texts", maps.toString());
        assertEquals("2", r[0]);
        assertEquals("", r[1]);
        assertEquals("argmap: --allow-outside-texts is refused with --host 0.0.0.0: it would show any file of this machine to the"
                + " network; serve on 127.0.0.1 to use it\n", r[2]);
        assertTrue(ArgmapServer.isLoopback("localhost") && ArgmapServer.isLoopback("::1") && !ArgmapServer.isLoopback("0.0.0.0"));
    }
}
