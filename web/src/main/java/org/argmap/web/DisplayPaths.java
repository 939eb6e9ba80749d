package org.argmap.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How the server shows file paths: relative to the corpus root, never as the server's absolute
 * paths (they tell a visitor the server's user name and folder layout).
 *
 * <p>The corpus root of a map file is the nearest folder, going up from the folder that holds it
 * (that folder included), that contains a folder named {@code argmaps}; the search stops below the
 * user's home folder and the file system's root; without one it is the map file's own folder. (The
 * same rule confines a map's {@code text:}.) So {@code /home/ann/corpus/argmaps/trotsky-1935.yaml}
 * shows as {@code argmaps/trotsky-1935.yaml}, whatever path the server was started with.
 *
 * <p>{@link #file(String)} rewrites one file name; {@link #text(String)} removes the roots from
 * free text (messages and hints name files too); {@link #json(JsonNode)} applies both to a JSON
 * tree: every {@code file} field, every {@code files} array, every other string. Immutable.
 */
final class DisplayPaths {
    private static final String MAPS_FOLDER = "argmaps";

    /** The roots, longest first, each as an absolute path string ending with the separator. */
    private final List<String> prefixes;

    private DisplayPaths(Collection<Path> roots) {
        Set<String> ps = new LinkedHashSet<>();
        for (Path r : roots) {
            if (r.getNameCount() == 0) {
                continue; // never the file system's root: its prefix is in every path
            }
            String s = r.toString();
            ps.add(s.endsWith(r.getFileSystem().getSeparator()) ? s : s + r.getFileSystem().getSeparator());
        }
        List<String> sorted = new ArrayList<>(ps);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        this.prefixes = List.copyOf(sorted);
    }

    /** The display rule for the map files {@code files} (as the loader named them). */
    static DisplayPaths of(Collection<String> files) {
        Set<Path> roots = new LinkedHashSet<>();
        for (String f : files) {
            Path abs = absolute(f);
            if (abs != null && abs.getParent() != null) {
                roots.add(rootOf(abs.getParent()));
                // the same folder as the loader's absolute form and as the real one
                roots.add(rootOf(real(abs.getParent())));
            }
        }
        return new DisplayPaths(roots);
    }

    /** This rule and {@code other}'s roots together (an old corpus shown with new diagnostics). */
    DisplayPaths and(DisplayPaths other) {
        List<Path> all = new ArrayList<>();
        for (String p : prefixes) {
            all.add(Path.of(p));
        }
        for (String p : other.prefixes) {
            all.add(Path.of(p));
        }
        return new DisplayPaths(all);
    }

    /** {@code file} relative to its corpus root, with {@code /} separators; other names unchanged. */
    String file(String file) {
        if (file == null) {
            return null;
        }
        Path abs = absolute(file);
        if (abs == null) {
            return file;
        }
        String s = abs.toString();
        for (String p : prefixes) {
            if (s.startsWith(p)) {
                return s.substring(p.length()).replace(abs.getFileSystem().getSeparator(), "/");
            }
        }
        return abs.isAbsolute() && Path.of(file).isAbsolute() ? abs.getFileName().toString() : file;
    }

    /** {@code s} with every corpus root removed where a path starts. */
    String text(String s) {
        if (s == null) {
            return null;
        }
        String t = s;
        for (String p : prefixes) {
            if (t.contains(p)) {
                t = t.replace(p, "");
            }
        }
        return t;
    }

    /** Rewrites {@code node} in place as the class comment says; returns it. */
    JsonNode json(JsonNode node) {
        if (node instanceof ObjectNode o) {
            Iterator<Map.Entry<String, JsonNode>> it = o.fields();
            List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
            it.forEachRemaining(entries::add);
            for (Map.Entry<String, JsonNode> e : entries) {
                JsonNode v = e.getValue();
                if (v.isTextual()) {
                    o.set(e.getKey(), TextNode.valueOf(e.getKey().equals("file") ? file(v.asText()) : text(v.asText())));
                } else if (e.getKey().equals("files") && v instanceof ArrayNode a) {
                    for (int i = 0; i < a.size(); i++) {
                        a.set(i, TextNode.valueOf(file(a.get(i).asText())));
                    }
                } else {
                    json(v);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                JsonNode v = a.get(i);
                if (v.isTextual()) {
                    a.set(i, TextNode.valueOf(text(v.asText())));
                } else {
                    json(v);
                }
            }
        }
        return node;
    }

    private static Path absolute(String f) {
        try {
            return Path.of(f).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | RuntimeException e) {
            return p;
        }
    }

    /** The corpus root of the map files in {@code folder} (see the class comment). */
    static Path rootOf(Path folder) {
        Path home = absolute(System.getProperty("user.home", "/"));
        for (Path f = folder; f != null && f.getParent() != null; f = f.getParent()) {
            if (f.equals(home)) {
                break;
            }
            if (Files.isDirectory(f.resolve(MAPS_FOLDER))) {
                return f;
            }
        }
        return folder;
    }
}
