package org.argmap.diag;

/**
 * Where something came from: a file as the user named it and a 1-based line and column.
 *
 * @param file file name or path as given on the command line
 * @param line 1-based line
 * @param column 1-based column
 */
public record Location(String file, int line, int column) {
    public static Location of(String file) {
        return new Location(file, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
