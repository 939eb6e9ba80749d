package org.argmap.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Bytes in, bytes out: malformed JSON-RPC, unknown methods and a vanished client. The output must
 * be well-framed protocol and nothing else, and the server must return when its input ends.
 */
class RawProtocolTest {

    private static String frame(String json) {
        return "Content-Length: " + json.getBytes(StandardCharsets.UTF_8).length + "\r\n\r\n" + json;
    }

    /** Splits the output into its messages; fails when anything outside a frame is found. */
    private static List<String> messages(byte[] out) {
        String s = new String(out, StandardCharsets.UTF_8);
        List<String> r = new ArrayList<>();
        Pattern header = Pattern.compile("Content-Length: (\\d+)\r\n(?:[^\r\n]+\r\n)*\r\n");
        int i = 0;
        while (i < s.length()) {
            Matcher m = header.matcher(s);
            assertTrue(m.find(i) && m.start() == i, "only framed protocol on stdout, found: " + s.substring(i));
            int len = Integer.parseInt(m.group(1));
            byte[] rest = s.substring(m.end()).getBytes(StandardCharsets.UTF_8);
            String body = new String(rest, 0, len, StandardCharsets.UTF_8);
            r.add(body);
            i = m.end() + body.length();
        }
        return r;
    }

    @Test
    void shouldAnswerUnknownMethodsWithAnErrorSkipMalformedJsonAndReturnWhenTheClientVanishes() throws Exception {
        String in = frame("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}")
                + frame("{this is not json")
                + frame("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"argmap/noSuchMethod\",\"params\":{}}")
                + frame("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"textDocument/hover\",\"params\":{\"textDocument\":{\"uri\":\"file:///nowhere.yaml\"},\"position\":{\"line\":-1,\"character\":99999}}}")
                + frame("{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"shutdown\"}");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Thread t = new Thread(() -> {
            try {
                ArgmapLanguageServer.serve(new ByteArrayInputStream(in.getBytes(StandardCharsets.UTF_8)), out,
                        new PrintStream(err, true, StandardCharsets.UTF_8));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        t.start();
        t.join(30_000);
        assertTrue(!t.isAlive(), "the server returns when its input ends");
        List<String> msgs = messages(out.toByteArray());
        assertTrue(msgs.stream().anyMatch(m -> m.contains("\"id\":1") && m.contains("capabilities")), "" + msgs);
        assertTrue(msgs.stream().anyMatch(m -> m.contains("\"id\":2") && m.contains("-32601")), "unknown method answered: " + msgs);
        assertTrue(msgs.stream().anyMatch(m -> m.contains("\"id\":3") && m.contains("\"result\"")), "hover answered: " + msgs);
        assertTrue(msgs.stream().anyMatch(m -> m.contains("\"id\":4")), "shutdown answered after the malformed message: " + msgs);
        assertEquals(msgs.size(), msgs.stream().filter(m -> m.startsWith("{")).count());
    }
}
