package org.argmap.load.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Shapes of large map files, each generated at (just under) a requested size in bytes. Every shape
 * is a source map whose text is {@link #TEXT_FILE}, so a file that parses also goes through
 * mapping, quote finding and the cross-file checks. Generation is O(size).
 */
public enum LargeMapShape {
    /** One line: a title of one word (no space) filling the file, the worst case of a plain scalar. */
    LONG_LINE("one long line (a title of one word)"),
    /** A double-quoted title with an escape ({@code \"}, {@code \\}, {@code \t}, {@code \u00e9}, {@code \n}) every 20 characters. */
    DOUBLE_QUOTED("long double-quoted scalar with escapes"),
    /** A single-quoted title with a doubled quote every 20 characters. */
    SINGLE_QUOTED("long single-quoted scalar with '' escapes"),
    /** A comment line filling the file. */
    LONG_COMMENT("one long comment line"),
    /** A literal block scalar of 80-character lines. */
    BLOCK_SCALAR("literal block scalar, 80-character lines"),
    /** Claims of four short lines each, with a stance and a quote that is found. */
    MANY_CLAIMS("many short lines (claims with a quote and a stance)"),
    /** Flow sequences nested 60 deep (the limit is 64), side by side, under an unknown key. */
    DEEP_FLOW("flow collections nested 60 deep"),
    /** One flow sequence of short tags on one line. */
    LONG_FLOW_LINE("one line of many flow items (tags)"),
    /** Two claim ids of half the file each, nearly equal, and a relation naming a third. */
    LONG_IDS("two long claim ids and a near-miss reference"),
    /** Half the file claims, half relations whose ends name no claim (each a did-you-mean candidate search). */
    MANY_BAD_REFERENCES("many claims and many unknown references");

    /** The source text every shape refers to (a few lines, written next to the map). */
    public static final String TEXT_FILE = "bench-text.txt";
    /** The text written to {@link #TEXT_FILE}. */
    public static final String TEXT = "The quick brown fox jumps over the lazy dog.\nA second sentence of the text.\n";

    private final String description;

    LargeMapShape(String description) {
        this.description = description;
    }

    public String description() {
        return description;
    }

    /** The file name used for this shape: the constant's name in lower case, hyphenated. */
    public String fileName() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-') + ".yaml";
    }

    /** Writes the map ({@link #fileName()}) and its text into {@code dir}; returns the map's path. */
    public Path write(Path dir, int bytes) throws java.io.IOException {
        Files.createDirectories(dir);
        Files.writeString(dir.resolve(TEXT_FILE), TEXT, StandardCharsets.UTF_8);
        Path f = dir.resolve(fileName());
        Files.write(f, generate(bytes).getBytes(StandardCharsets.UTF_8));
        return f;
    }

    /** The file's text, at most {@code bytes} bytes of UTF-8 (ASCII except for {@link #DOUBLE_QUOTED}'s escapes). */
    public String generate(int bytes) {
        String head = "source:\n  id: bench\n  language: en\n  text: " + TEXT_FILE + "\n";
        StringBuilder sb = new StringBuilder(bytes);
        switch (this) {
            case LONG_LINE -> {
                sb.append(head).append("  title: ");
                fill(sb, bytes - 2, "word");
                sb.append("x\n");
            }
            case DOUBLE_QUOTED -> {
                sb.append(head).append("  title: \"");
                String[] esc = {"\\\"", "\\\\", "\\t", "\\u00e9", "\\n"};
                int k = 0;
                while (sb.length() + 40 < bytes) {
                    sb.append("abcdefghij klmnopqrs").append(esc[k++ % esc.length]);
                }
                sb.append("\"\n");
            }
            case SINGLE_QUOTED -> {
                sb.append(head).append("  title: '");
                while (sb.length() + 30 < bytes) {
                    sb.append("it''s abcdefghij klmnopq");
                }
                sb.append("'\n");
            }
            case LONG_COMMENT -> {
                sb.append(head).append("  title: T\n# ");
                fill(sb, bytes - 1, "comment ");
                sb.append('\n');
            }
            case BLOCK_SCALAR -> {
                sb.append(head).append("  title: T\n  notes: |\n");
                String line = "    " + "lorem ipsum dolor sit amet ".repeat(3).substring(0, 75) + "\n";
                while (sb.length() + line.length() <= bytes) {
                    sb.append(line);
                }
            }
            case MANY_CLAIMS -> {
                sb.append(head).append("  title: T\nclaims:\n");
                int i = 0;
                while (true) {
                    String c = "  - id: c" + i + "\n    text: Claim number " + i + " of the benchmark.\n"
                            + "    evidence: [\"quick brown fox\"]\n    stances: [{proposition: p, stance: affirms}]\n";
                    if (sb.length() + c.length() + 60 > bytes) {
                        break;
                    }
                    sb.append(c);
                    i++;
                }
                sb.append("propositions:\n  - id: p\n    text: A proposition.\n");
            }
            case DEEP_FLOW -> {
                sb.append(head).append("  title: T\nextra: [");
                String tower = "[".repeat(59) + "\"" + "x".repeat(400) + "\"" + "]".repeat(59) + ", ";
                while (sb.length() + tower.length() + 4 < bytes) {
                    sb.append(tower);
                }
                sb.append("0]\n");
            }
            case LONG_FLOW_LINE -> {
                sb.append(head).append("  title: T\nclaims:\n  - id: c\n    text: C.\n    tags: [");
                int i = 0;
                while (sb.length() + 16 < bytes) {
                    sb.append("tag").append(i++ % 100000).append(", ");
                }
                sb.append("end]\n");
            }
            case LONG_IDS -> {
                int half = Math.max(8, (bytes - head.length() - 200) / 2);
                String id = "a-".repeat(half / 4) + "b";
                sb.append(head).append("  title: T\nclaims:\n  - id: ").append(id).append("\n    text: One.\n  - id: ")
                        .append(id, 0, id.length() - 1).append("c\n    text: Two.\nrelations:\n  - {from: ")
                        .append(id, 0, id.length() - 1).append("d, to: nothing, type: supports}\n");
            }
            case MANY_BAD_REFERENCES -> {
                sb.append(head).append("  title: T\nclaims:\n");
                int i = 0;
                while (sb.length() < bytes / 2) {
                    sb.append("  - {id: claim-").append(i++).append(", text: C.}\n");
                }
                sb.append("relations:\n");
                int j = 0;
                while (sb.length() + 80 < bytes) {
                    sb.append("  - {from: clam-").append(j % i).append(", to: claim-").append(j++ % i).append(", type: supports}\n");
                }
            }
            default -> throw new IllegalStateException();
        }
        return sb.toString();
    }

    /** Writes every shape at {@code BYTES} into {@code DIR}: {@code java ... LargeMapShape DIR BYTES}. */
    public static void main(String[] args) throws java.io.IOException {
        Path dir = Path.of(args[0]);
        int bytes = Integer.parseInt(args[1]);
        for (LargeMapShape s : values()) {
            System.out.println(s.write(dir, bytes));
        }
    }

    private static void fill(StringBuilder sb, int bytes, String unit) {
        while (sb.length() + unit.length() <= bytes) {
            sb.append(unit);
        }
    }
}
