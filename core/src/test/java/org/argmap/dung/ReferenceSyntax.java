package org.argmap.dung;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Test-side readers for reference answers: strict ICCMA lists and ALIAS answer files. */
final class ReferenceSyntax {

    private ReferenceSyntax() {
    }

    /**
     * Reads {@code [[a,b],[c]]}, {@code []}, {@code [[]]} (whitespace around tokens allowed),
     * keeping every extension in file order (duplicates included) so counts can be checked.
     */
    static List<Set<String>> iccmaExtensions(String text) {
        String s = text.replaceAll("\\s+", "");
        if (!s.startsWith("[") || !s.endsWith("]")) {
            throw new IllegalArgumentException("not an ICCMA list of extensions: " + text);
        }
        List<Set<String>> out = new ArrayList<>();
        int i = 1;
        int end = s.length() - 1;
        if (i == end) {
            return out;
        }
        while (true) {
            if (s.charAt(i) != '[') {
                throw new IllegalArgumentException("expected '[' at " + i + " in " + text);
            }
            int close = s.indexOf(']', i);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed '[' in " + text);
            }
            out.add(iccmaExtension(s.substring(i, close + 1)));
            i = close + 1;
            if (i == end) {
                return out;
            }
            if (s.charAt(i) != ',') {
                throw new IllegalArgumentException("expected ',' at " + i + " in " + text);
            }
            i++;
        }
    }

    /** Reads one extension {@code [a,b]} or {@code []}. */
    static Set<String> iccmaExtension(String text) {
        String s = text.strip();
        if (!s.startsWith("[") || !s.endsWith("]")) {
            throw new IllegalArgumentException("not an ICCMA extension: " + text);
        }
        String inner = s.substring(1, s.length() - 1).strip();
        Set<String> out = new LinkedHashSet<>();
        if (inner.isEmpty()) {
            return out;
        }
        for (String name : inner.split(",", -1)) {
            String t = name.strip();
            if (t.isEmpty() || t.contains("[") || t.contains("]") || !out.add(t)) {
                throw new IllegalArgumentException("bad or repeated name '" + t + "' in " + text);
            }
        }
        return out;
    }

    /**
     * Reads an ALIAS answer file: one extension per line, names separated by blanks, an empty
     * line for the empty extension. One final line break, if present, only ends the last line.
     * Stray brackets (the known {@code ]]} defect of complete6answer) are ignored.
     */
    static List<Set<String>> aliasExtensions(String text) {
        String s = text.endsWith("\n") ? text.substring(0, text.length() - 1) : text;
        List<Set<String>> out = new ArrayList<>();
        for (String line : s.split("\n", -1)) {
            String clean = line.replace("[", " ").replace("]", " ").strip();
            Set<String> ext = new LinkedHashSet<>();
            if (!clean.isEmpty()) {
                ext.addAll(Arrays.asList(clean.split("\\s+")));
            }
            out.add(ext);
        }
        return out;
    }
}
