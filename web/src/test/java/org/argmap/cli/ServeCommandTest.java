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
import java.nio.file.Path;
import java.util.List;
import org.argmap.load.LoaderLimits;
import org.argmap.web.ArgmapServer;
import org.junit.jupiter.api.Test;

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
}
