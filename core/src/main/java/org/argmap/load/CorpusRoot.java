package org.argmap.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The corpus root: the folder a map file's {@code text:} must resolve into.
 *
 * <p>The corpus root of a map file is the nearest folder, going up from the folder that holds
 * the map file (that folder included), that contains a folder named {@value #MAPS_FOLDER}; the
 * search stops below the user's home folder and the file system's root, which never count.
 * Without one, the root is the map file's own folder. So in the documented layout, {@code corpus/argmaps/*.yaml} beside {@code
 * corpus/seeds/*.txt}, the root is {@code corpus/}; a folder of maps anywhere else may read only
 * texts at or below itself.
 *
 * <p>All paths are real paths (symbolic links followed), so a link cannot move the root or the
 * text out of it. A corpus cloned from someone else can name only files inside itself: to
 * reach out of it, it would have to put an {@code argmaps/} folder above itself.
 */
public final class CorpusRoot {

    /** The name of the maps folder whose parent is a corpus root. */
    public static final String MAPS_FOLDER = "argmaps";

    private CorpusRoot() {
    }

    /**
     * The corpus root of the map files in {@code mapFolder}, as a real path. Cost: one {@code
     * stat} per ancestor folder.
     *
     * @throws IOException when {@code mapFolder} does not exist or cannot be resolved
     */
    public static Path of(Path mapFolder) throws IOException {
        Path real = mapFolder.toRealPath();
        Path home = home();
        for (Path f = real; f != null && f.getParent() != null; f = f.getParent()) {
            if (f.equals(home)) {
                break;
            }
            if (Files.isDirectory(f.resolve(MAPS_FOLDER))) {
                return f;
            }
        }
        return real;
    }

    private static Path home() {
        String h = System.getProperty("user.home");
        if (h == null || h.isBlank()) {
            return null;
        }
        try {
            return Path.of(h).toRealPath();
        } catch (IOException | RuntimeException e) {
            return Path.of(h).toAbsolutePath().normalize();
        }
    }
}
