package org.argmap.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.argmap.diag.Diagnostic;

/**
 * Finds and reads the source texts named by {@code text:}, guarding against hostile maps.
 *
 * <p>In this order, each failure a {@link Problem} that reveals nothing of the file named: the
 * path must lie inside the map's {@link CorpusRoot} as written ({@code text-outside-corpus},
 * checked before the file is touched, so not even its existence leaks), must exist ({@code
 * text-not-found}), must still lie inside the root once symbolic links are followed ({@code
 * text-outside-corpus}), must be a regular file, never a device, pipe or folder, which is
 * neither opened nor read ({@code text-not-a-file}), must be no larger than {@link
 * LoaderLimits#maxTextBytes()} before and while it is read ({@code file-too-large}), and must be
 * UTF-8 ({@code text-not-utf8}). With {@code allowOutside} the two root checks are lifted; the
 * others stay. Texts are read once per real path and load.
 */
final class SourceTexts {

    /** A text read, or the problem that kept it from being read. */
    record TextFile(String text, String sha, QuoteFinder finder, Problem problem) {
    }

    /** Why a text was not read: a diagnostic code, message and optional hint. */
    record Problem(String code, String message, String hint) {
    }

    private final LoaderLimits limits;
    private final boolean allowOutside;
    private final Map<Path, Path> roots = new HashMap<>();
    private final Map<Path, TextFile> cache = new HashMap<>();

    SourceTexts(LoaderLimits limits, boolean allowOutside) {
        this.limits = limits;
        this.allowOutside = allowOutside;
    }

    /** The text that a map file in {@code mapFolder} names as {@code textPath}. */
    TextFile read(Path mapFolder, String textPath) {
        Path folder;
        Path root;
        try {
            folder = mapFolder.toRealPath();
            root = roots.computeIfAbsent(folder, f -> {
                try {
                    return CorpusRoot.of(f);
                } catch (IOException e) {
                    return f;
                }
            });
        } catch (IOException e) {
            folder = mapFolder.toAbsolutePath().normalize();
            root = folder;
        }
        Path named;
        try {
            named = folder.resolve(textPath).normalize();
        } catch (InvalidPathException e) {
            return failed("text-not-found", "'text' is not a valid path: " + e.getReason(), null);
        }
        if (!allowOutside && !named.startsWith(root)) {
            return outside(folder, root);
        }
        Path real;
        try {
            real = named.toRealPath();
        } catch (NoSuchFileException e) {
            return failed("text-not-found", "text file not found: " + named.getFileName(),
                    "the path is relative to the map file: " + folder.relativize(named));
        } catch (IOException e) {
            return failed("text-not-found", "cannot read text file: " + e.getMessage(), null);
        }
        if (!allowOutside && !real.startsWith(root)) {
            return outside(folder, root);
        }
        return cache.computeIfAbsent(real, this::readRegularFile);
    }

    private TextFile readRegularFile(Path real) {
        try {
            BasicFileAttributes a = Files.readAttributes(real, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (!a.isRegularFile()) {
                return failed("text-not-a-file", "the text is " + kind(a) + ", not a regular file: nothing was read",
                        "name a plain text file");
            }
            long max = limits.maxTextBytes();
            if (a.size() > max) {
                return tooLarge();
            }
            byte[] bytes;
            try (InputStream in = Files.newInputStream(real)) {
                bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
            }
            if (bytes.length > max) { // grew after the size was checked
                return tooLarge();
            }
            List<Diagnostic> tmp = new ArrayList<>();
            String text = YamlReader.decodeUtf8(real.toString(), bytes, tmp);
            if (text == null) {
                Diagnostic d = tmp.get(0);
                return failed("text-not-utf8", "text file " + real.getFileName() + " is not UTF-8 (line " + d.line()
                        + ", column " + d.column() + ")", null);
            }
            String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            return new TextFile(text, sha, new QuoteFinder(text), null);
        } catch (IOException e) {
            return failed("text-not-found", "cannot read text file: " + e.getMessage(), null);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private TextFile tooLarge() {
        return failed("file-too-large", "text file is over the limit of " + limits.maxTextBytes() + " bytes", null);
    }

    private static String kind(BasicFileAttributes a) {
        if (a.isDirectory()) {
            return "a folder";
        }
        return "a device, pipe or socket";
    }

    private static TextFile outside(Path folder, Path root) {
        String where = root.equals(folder) ? "the map's own folder"
                : "'" + root.getFileName() + "/', the folder that holds " + CorpusRoot.MAPS_FOLDER + "/";
        return failed("text-outside-corpus", "the text lies outside the corpus root (" + where + "): nothing was read",
                "keep the texts inside the corpus root; --allow-outside-texts lifts this on the command line");
    }

    private static TextFile failed(String code, String message, String hint) {
        return new TextFile(null, null, null, new Problem(code, message, hint));
    }
}
