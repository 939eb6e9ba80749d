package org.argmap.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.argmap.diag.Diagnostic;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A map's {@code text:} reads only regular files inside its corpus root ({@link CorpusRoot}):
 * traversal, absolute paths and symbolic links out of the corpus, devices and pipes are located
 * errors that show nothing of the file, in well under a second.
 */
class SourceTextsTest {

    @TempDir
    Path tmp;

    /** A source map whose text is {@code text} and whose one claim quotes {@code quote}; line 5 holds the text. */
    private static String map(String text, String quote) {
        return "source:\n  id: s\n  title: T\n  language: en\n  text: " + text + "\nclaims:\n  - id: c\n    text: C.\n"
                + "    evidence:\n      - quote: \"" + quote + "\"\n";
    }

    private Path write(String relative, String content) throws IOException {
        Path f = tmp.resolve(relative);
        Files.createDirectories(f.getParent());
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    private static LoadResult load(CorpusLoader loader, Path file) {
        return assertTimeoutPreemptively(Duration.ofSeconds(10), () -> loader.load(List.of(file)));
    }

    /** The only error is {@code code} at line 5, column 9 (the {@code text:} value); no quote was looked for. */
    private static Diagnostic onlyTextError(LoadResult r, String code) {
        List<Diagnostic> errors = r.diagnostics().stream().filter(Diagnostic::isError).toList();
        assertEquals(1, errors.size(), r.diagnostics()::toString);
        Diagnostic d = errors.get(0);
        assertEquals(code, d.code(), d::toString);
        assertEquals("5:9", d.line() + ":" + d.column(), d::toString);
        assertTrue(r.diagnostics().stream().noneMatch(x -> x.code().startsWith("quote")), r.diagnostics()::toString);
        return d;
    }

    private static void showsNothingOf(LoadResult r, String secret) {
        for (Diagnostic d : r.diagnostics()) {
            assertFalse(d.toString().contains(secret), d::toString);
        }
        assertTrue(r.corpus().sources().stream().allMatch(s -> s.text() == null), "no text in the corpus");
    }

    @Test
    void parentTraversalOutOfTheCorpusIsAnErrorThatShowsNothing() throws IOException {
        write("secret.txt", "password: hunter2\n");
        Path m = write("corpus/argmaps/s.yaml", map("../../secret.txt", "password: hunter"));
        LoadResult r = load(new CorpusLoader(), m);
        Diagnostic d = onlyTextError(r, "text-outside-corpus");
        assertTrue(d.message().contains("'corpus/'"), d::toString);
        showsNothingOf(r, "hunter2");
    }

    @Test
    void etcPasswdByTraversalOrAbsolutePathIsRefused() throws IOException {
        Assumptions.assumeTrue(Files.isRegularFile(Path.of("/etc/passwd")), "needs /etc/passwd");
        String deep = "../".repeat(tmp.toRealPath().getNameCount() + 4) + "etc/passwd";
        for (String text : List.of(deep, "/etc/passwd")) {
            Path m = write("corpus/argmaps/s.yaml", map(text, "root:x:0:0"));
            LoadResult r = load(new CorpusLoader(), m);
            onlyTextError(r, "text-outside-corpus");
            showsNothingOf(r, "root:");
        }
    }

    @Test
    void symbolicLinkOutOfTheCorpusIsRefusedAndOneInsideIsFollowed() throws IOException {
        write("secret.txt", "password: hunter2\n");
        write("corpus/seeds/real.txt", "An honest text.\n");
        Files.createSymbolicLink(tmp.resolve("corpus/seeds/out.txt"), tmp.resolve("secret.txt"));
        Files.createSymbolicLink(tmp.resolve("corpus/seeds/in.txt"), Path.of("real.txt"));
        Path out = write("corpus/argmaps/out.yaml", map("../seeds/out.txt", "password"));
        LoadResult r = load(new CorpusLoader(), out);
        onlyTextError(r, "text-outside-corpus");
        showsNothingOf(r, "hunter2");

        Path in = write("corpus/argmaps/in.yaml", map("../seeds/in.txt", "An honest text."));
        LoadResult ok = load(new CorpusLoader(), in);
        assertEquals(0, ok.errorCount(), ok.diagnostics()::toString);
        assertEquals("An honest text.\n", ok.corpus().sources().get(0).text());
    }

    @Test
    void theBundledLayoutReadsTheSiblingTextsFolder() throws IOException {
        write("corpus/seeds/t.txt", "Some words here.\n");
        Path m = write("corpus/argmaps/s.yaml", map("../seeds/t.txt", "Some words"));
        LoadResult r = load(new CorpusLoader(), m);
        assertEquals(0, r.errorCount(), r.diagnostics()::toString);
        // a deeper maps folder inside the corpus reaches up to the folder that holds argmaps/
        Path deeper = write("corpus/argmaps/more/s.yaml", map("../../seeds/t.txt", "Some words"));
        assertEquals(0, load(new CorpusLoader(), deeper).errorCount());
    }

    @Test
    void aFolderOfMapsWithoutArgmapsAboveItIsItsOwnRoot() throws IOException {
        write("study/texts/t.txt", "Some words here.\n");
        write("study/maps/t.txt", "Some words here.\n");
        LoadResult sibling = load(new CorpusLoader(), write("study/maps/s.yaml", map("../texts/t.txt", "Some words")));
        onlyTextError(sibling, "text-outside-corpus");
        LoadResult beside = load(new CorpusLoader(), write("study/maps/b.yaml", map("t.txt", "Some words")));
        assertEquals(0, beside.errorCount(), beside.diagnostics()::toString);
    }

    @Test
    void theHomeFolderNeverBecomesTheRoot() throws IOException {
        Files.createDirectories(tmp.resolve("home/argmaps"));
        write("home/secret.txt", "password: hunter2\n");
        Path m = write("home/clone/s.yaml", map("../secret.txt", "password"));
        String before = System.getProperty("user.home");
        System.setProperty("user.home", tmp.resolve("home").toString());
        try {
            assertEquals(tmp.resolve("home/clone").toRealPath(), CorpusRoot.of(m.getParent()));
            onlyTextError(load(new CorpusLoader(), m), "text-outside-corpus");
        } finally {
            System.setProperty("user.home", before);
        }
    }

    @Test
    void allowingOutsideTextsReadsThem() throws IOException {
        write("elsewhere/t.txt", "Words kept elsewhere.\n");
        Path m = write("corpus/argmaps/s.yaml", map("../../elsewhere/t.txt", "Words kept"));
        LoadResult r = load(new CorpusLoader().allowingOutsideTexts(true), m);
        assertEquals(0, r.errorCount(), r.diagnostics()::toString);
        assertEquals("Words kept elsewhere.\n", r.corpus().sources().get(0).text());
    }

    @Test
    void devZeroIsRefusedAtOnceEvenWhenOutsideTextsAreAllowed() throws IOException {
        Assumptions.assumeTrue(Files.exists(Path.of("/dev/zero")), "needs /dev/zero");
        Path m = write("corpus/argmaps/s.yaml", map("/dev/zero", "x"));
        long t0 = System.nanoTime();
        LoadResult r = load(new CorpusLoader().allowingOutsideTexts(true), m);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        Diagnostic d = onlyTextError(r, "text-not-a-file");
        assertTrue(d.message().contains("device"), d::toString);
        assertTrue(ms < 5_000, "took " + ms + " ms");
        onlyTextError(load(new CorpusLoader(), m), "text-outside-corpus");
    }

    @Test
    void aFifoInsideTheCorpusIsNeverOpened() throws Exception {
        Path fifo = tmp.resolve("corpus/seeds/pipe.txt");
        Files.createDirectories(fifo.getParent());
        Process p;
        try {
            p = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
        } catch (IOException e) {
            Assumptions.abort("mkfifo is not available (not a POSIX system): " + e.getMessage());
            return;
        }
        Assumptions.assumeTrue(p.waitFor() == 0 && Files.exists(fifo), "mkfifo failed");
        Path m = write("corpus/argmaps/s.yaml", map("../seeds/pipe.txt", "x"));
        long t0 = System.nanoTime();
        LoadResult r = load(new CorpusLoader(), m); // opening the FIFO would block: the timeout would fail the test
        long ms = (System.nanoTime() - t0) / 1_000_000;
        onlyTextError(r, "text-not-a-file");
        assertTrue(ms < 5_000, "took " + ms + " ms");
    }

    @Test
    void anOversizedTextIsRefusedFromItsSizeAlone() throws IOException {
        Path big = tmp.resolve("corpus/seeds/big.txt");
        Files.createDirectories(big.getParent());
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(64L << 20); // sparse: 64 MiB that the loader must not read
        }
        Path m = write("corpus/argmaps/s.yaml", map("../seeds/big.txt", "x"));
        long t0 = System.nanoTime();
        Diagnostic d = onlyTextError(load(new CorpusLoader(), m), "file-too-large");
        long ms = (System.nanoTime() - t0) / 1_000_000;
        assertTrue(d.message().contains(Long.toString(LoaderLimits.DEFAULT.maxTextBytes())), d::toString);
        assertTrue(ms < 5_000, "took " + ms + " ms");
    }
}
