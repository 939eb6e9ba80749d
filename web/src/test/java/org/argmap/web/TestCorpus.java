package org.argmap.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/** A temporary copy of the bundled corpus ({@code argmaps/} and {@code seeds/}), optionally with the hostile source. */
final class TestCorpus {

    static final Path REPO = Path.of("..").toAbsolutePath().normalize();

    final Path root;

    private TestCorpus(Path root) {
        this.root = root;
    }

    /** Copies the corpus (and, when {@code hostile}, {@code hostile-2024}) into a new folder under target/. */
    static TestCorpus create(String name, boolean hostile) {
        try {
            Path base = Path.of("target", "corpora");
            Files.createDirectories(base);
            Path root = Files.createTempDirectory(base.toAbsolutePath(), name + "-");
            copyDir(REPO.resolve("argmaps"), root.resolve("argmaps"));
            copyDir(REPO.resolve("seeds"), root.resolve("seeds"));
            if (hostile) {
                Path res = Path.of("src/test/resources/hostile");
                Files.copy(res.resolve("hostile-2024.yaml"), root.resolve("argmaps/hostile-2024.yaml"));
                Files.copy(res.resolve("hostile-2024.txt"), root.resolve("seeds/hostile-2024.txt"));
            }
            return new TestCorpus(root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void copyDir(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> s = Files.list(from)) {
            for (Path p : s.toList()) {
                Files.copy(p, to.resolve(p.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    Path maps() {
        return root.resolve("argmaps");
    }

    Path map(String sourceId) {
        return maps().resolve(sourceId + ".yaml");
    }

    String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the file as an editor would; fails when {@code from} is not in it, so a test never edits nothing. */
    void replace(Path file, String from, String to) {
        String text = read(file);
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " does not contain " + from);
        }
        write(file, text.replace(from, to));
    }

    void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
