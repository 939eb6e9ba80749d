package org.argmap.web;

import io.micronaut.http.MediaType;
import java.util.List;
import java.util.Locale;

/**
 * What to draw: a view of some sources, in a format.
 *
 * @param view the view
 * @param sources source ids in the order given; empty for all
 * @param disagreementsOnly comparison: keep only the propositions the sources disagree on
 * @param format the file format
 */
record Drawing(View view, List<String> sources, boolean disagreementsOnly, Format format) {

    /** The views. */
    enum View { MAP, COMPARISON, MATRIX }

    /** The file formats, with their media types. */
    enum Format {
        SVG(Resource.SVG), PNG(MediaType.IMAGE_PNG_TYPE), PDF(MediaType.of("application/pdf"));

        private final MediaType type;

        Format(MediaType type) {
            this.type = type;
        }

        MediaType type() {
            return type;
        }

        String extension() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The format for a file extension ({@code svg}, {@code png}, {@code pdf}), or null. */
        static Format ofExtension(String ext) {
            for (Format f : values()) {
                if (f.extension().equals(ext)) {
                    return f;
                }
            }
            return null;
        }
    }

    Drawing {
        sources = List.copyOf(sources);
    }

    static Drawing map(String source, Format f) {
        return new Drawing(View.MAP, List.of(source), false, f);
    }

    Drawing withFormat(Format f) {
        return new Drawing(view, sources, disagreementsOnly, f);
    }

    /** The cache key: equal drawings of one corpus are rendered once. */
    String key() {
        return view + "|" + String.join(",", sources) + "|" + disagreementsOnly + "|" + format;
    }

    /** A download file name, e.g. {@code trotsky-1935.png}, {@code comparison.pdf}. */
    String fileName() {
        String base = switch (view) {
            case MAP -> sources.size() == 1 ? sources.get(0) : "maps";
            case COMPARISON -> "comparison";
            case MATRIX -> "matrix";
        };
        return base + "." + format.extension();
    }
}
