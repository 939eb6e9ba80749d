package org.argmap.model;

import java.util.List;
import org.argmap.diag.Location;

/**
 * One article: its metadata and its text.
 *
 * @param id slug, unique in the corpus
 * @param title title
 * @param authors authors, possibly empty when the text names nobody
 * @param outlet where it was published
 * @param date ISO date (YYYY, YYYY-MM, YYYY-MM-DD), an approximate date such as {@code c. 2020}, or {@code unknown}
 * @param language ISO 639-1 code
 * @param url optional URL, or null
 * @param textPath the text file path as written in the map (relative to the map file)
 * @param text the article's text, or null when it could not be read
 * @param textSha256 sha-256 hex of the text file's bytes, or null
 * @param tradition optional perspective, or null
 * @param notes optional notes, or null
 * @param file the map file as the user named it
 * @param location where {@code source:} is
 */
public record Source(String id, String title, List<String> authors, String outlet, String date,
                     String language, String url, String textPath, String text, String textSha256,
                     String tradition, String notes, String file, Location location) {
    public Source {
        authors = List.copyOf(authors);
    }

    /** True when the source is not in English, so that quotes need a gloss. */
    public boolean isNonEnglish() {
        return language != null && !language.equalsIgnoreCase("en");
    }
}
