package org.argmap.dung;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class DungFormatTest {

    static ArgumentationFramework ok(DungFormat format, String text) {
        DungParseResult r = format.parse(text);
        assertTrue(r.ok(), () -> "unexpected errors: " + r.errors());
        assertEquals(List.of(), r.errors());
        return r.af();
    }

    static List<DungParseError> errors(DungFormat format, String text) {
        DungParseResult r = format.parse(text);
        assertFalse(r.ok(), "expected errors");
        assertNull(r.af());
        return r.errors();
    }

    static List<String> attacks(ArgumentationFramework af) {
        return af.attacks().stream().map(ArgumentationFramework.Attack::toString).toList();
    }

    // ---- apx ----

    @Test
    void apxToleratesWhitespaceCommentsLineBreaksAndLateDeclarations() {
        ArgumentationFramework af = ok(DungFormat.APX,
                "\uFEFF% header\r\natt( b , a ).arg(a).\n  arg (b) .\r\n\tatt(a,\n a).% self\n% end");
        assertEquals(List.of("a", "b"), af.arguments());
        assertEquals(List.of("a->a", "b->a"), attacks(af));
    }

    @Test
    void apxReadsTypicalIccmaInput() {
        ArgumentationFramework af = ok(DungFormat.APX, "arg(arg0).\narg(arg1).\narg(7).\natt(arg0,arg1).\n"
                + "att(arg1,7).\natt(arg0,arg1).\n");
        assertEquals(List.of("arg0", "arg1", "7"), af.arguments());
        assertEquals(List.of("arg0->arg1", "arg1->7"), attacks(af), "a repeated attack counts once");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "\n\n", "% nothing but a comment", "  \t\r\n"})
    void apxEmptyInputIsAnEmptyFramework(String text) {
        assertEquals(0, ok(DungFormat.APX, text).size());
    }

    @Test
    void apxReportsEveryErrorWithItsExactLocation() {
        String text = String.join("\n",
                "arg(a).", //            1
                "arg(b)", //             2  missing '.'
                "arg(c).", //            3
                "att(a,x).", //          4  x undeclared
                "foo(a).", //            5  unknown predicate
                "att(a c).", //          6  missing ','
                "arg(a).", //            7  duplicate
                "att(b,c) att(c,a).", // 8  missing '.' between two facts
                "arg([x]).", //          9  bad character
                "att(a,b"); //           10 cut off
        List<DungParseError> expected = List.of(
                new DungParseError(2, 7, "apx-syntax", "expected '.' after ')', found 'arg'"),
                new DungParseError(4, 7, "unknown-argument", "attack names undeclared argument 'x'"),
                new DungParseError(5, 1, "apx-syntax", "unknown predicate 'foo'; expected 'arg' or 'att'"),
                new DungParseError(6, 7, "apx-syntax", "expected ',' after attacker 'a', found 'c'"),
                new DungParseError(7, 5, "duplicate-argument", "argument 'a' is already declared at line 1, column 5"),
                new DungParseError(8, 9, "apx-syntax", "expected '.' after ')', found 'att'"),
                new DungParseError(9, 5, "apx-syntax", "expected an argument name, found unexpected character '['"),
                new DungParseError(10, 8, "apx-syntax", "expected ')' after 'b', found end of input"));
        assertEquals(expected, errors(DungFormat.APX, text));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
            arg(a,b).            | 1 | 6  | arg(...) takes exactly one argument name
            att(a,a,a).          | 1 | 8  | att(...) takes exactly two argument names
            arg a.               | 1 | 5  | expected '(' after 'arg', found 'a'
            arg().               | 1 | 5  | expected an argument name, found ')'
            arg(a)).             | 1 | 7  | expected '.' after ')', found ')'
            att(a,).             | 1 | 7  | expected the attacked argument's name, found ')'
            arg(a b).            | 1 | 7  | expected ')' after 'a', found 'b'
            . arg(a).            | 1 | 1  | expected 'arg(...)' or 'att(...)', found '.'
            arg(a).\\n  [x].     | 2 | 3  | expected 'arg(...)' or 'att(...)', found unexpected character '['
            ARG(a).              | 1 | 1  | unknown predicate 'ARG'; expected 'arg' or 'att'
            """)
    void apxSyntaxErrors(String text, int line, int column, String message) {
        String input = text.replace("\\n", "\n");
        assertEquals(List.of(new DungParseError(line, column, "apx-syntax", message)), errors(DungFormat.APX, input));
    }

    @Test
    void apxUnknownArgumentsAreReportedAtEachUse() {
        assertEquals(List.of(
                        new DungParseError(2, 5, "unknown-argument", "attack names undeclared argument 'b'"),
                        new DungParseError(2, 7, "unknown-argument", "attack names undeclared argument 'c'")),
                errors(DungFormat.APX, "arg(a).\natt(b,c).\natt(a,a)."));
    }

    // ---- tgf ----

    @Test
    void tgfReadsBlankLinesTabsAndCrlf() {
        ArgumentationFramework af = ok(DungFormat.TGF, "a\r\n\r\nb\t \r\n#\r\na\tb\r\n\r\nb a\r\na b\r\n");
        assertEquals(List.of("a", "b"), af.arguments());
        assertEquals(List.of("a->b", "b->a"), attacks(af));
    }

    @Test
    void tgfWithoutSeparatorHasNoAttacksAndNumericNamesAreNames() {
        ArgumentationFramework af = ok(DungFormat.TGF, "11\n0\n10");
        assertEquals(List.of("11", "0", "10"), af.arguments());
        assertEquals(0, af.attackCount());
        assertEquals(List.of("0->0"), attacks(ok(DungFormat.TGF, "0\n#\n0 0")), "self-attack");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "#", "\n#\n\n", " \r\n"})
    void tgfEmptyInputIsAnEmptyFramework(String text) {
        assertEquals(0, ok(DungFormat.TGF, text).size());
    }

    @Test
    void tgfReportsEveryErrorWithItsExactLocation() {
        String text = String.join("\n",
                "a", //      1
                "b c", //    2  two names before '#'
                "a", //      3  duplicate
                "d(", //     4  bad character
                "#", //      5
                "a b", //    6
                "a", //      7  one name
                "a b x", //  8  three names
                "a zz", //   9  undeclared
                "# x", //    10 second separator
                "b\ta"); //  11
        List<DungParseError> expected = List.of(
                new DungParseError(2, 3, "tgf-syntax", "expected one argument name per line, found also 'c'"
                        + " (is the '#' line between arguments and attacks missing?)"),
                new DungParseError(3, 1, "duplicate-argument", "argument 'a' is already declared at line 1"),
                new DungParseError(4, 2, "tgf-syntax", "invalid character '(' in argument name 'd('"),
                new DungParseError(7, 2, "tgf-syntax", "expected 'attacker attacked', found only 'a'"),
                new DungParseError(8, 5, "tgf-syntax", "expected 'attacker attacked', found extra 'x'"),
                new DungParseError(9, 3, "unknown-argument", "attack names undeclared argument 'zz'"),
                new DungParseError(10, 1, "tgf-syntax", "second '#' separator line (the first is line 5)"));
        assertEquals(expected, errors(DungFormat.TGF, text));
    }

    @Test
    void tgfAttacksMayOnlyNameArgumentsAboveTheSeparator() {
        assertEquals(List.of(
                        new DungParseError(3, 3, "unknown-argument", "attack names undeclared argument 'b'"),
                        new DungParseError(4, 1, "unknown-argument", "attack names undeclared argument 'x'"),
                        new DungParseError(4, 2, "tgf-syntax", "expected 'attacker attacked', found only 'x'")),
                errors(DungFormat.TGF, "a\n#\na b\nx\n"));
    }

    @Test
    void tgfSeparatorLineMustBeAlone() {
        assertEquals(List.of(new DungParseError(2, 3, "tgf-syntax", "the '#' separator line must contain nothing else")),
                errors(DungFormat.TGF, "a\n# comment\na a"));
    }

    // ---- both ----

    @ParameterizedTest
    @EnumSource(DungFormat.class)
    void writeThenParseGivesTheSameFramework(DungFormat format) {
        for (long seed = 0; seed < 100; seed++) {
            ArgumentationFramework af = SemanticsPropertyTest.random(seed);
            assertEquals(af, ok(format, format.write(af)), () -> format.write(af));
        }
        ArgumentationFramework empty = ArgumentationFramework.builder().build();
        assertEquals(empty, ok(format, format.write(empty)));
    }

    @Test
    void writersUseTheIccmaLayout() {
        ArgumentationFramework af = ArgumentationFramework.builder().addArguments("a", "b").addAttack("b", "a")
                .addAttack("a", "a").build();
        assertEquals("arg(a).\narg(b).\natt(a,a).\natt(b,a).\n", DungFormat.APX.write(af));
        assertEquals("a\nb\n#\na a\nb a\n", DungFormat.TGF.write(af));
    }

    @ParameterizedTest
    @EnumSource(DungFormat.class)
    void writersRejectNamesTheFormatsCannotHold(DungFormat format) {
        ArgumentationFramework af = ArgumentationFramework.builder().addArgument("a b").build();
        assertThrows(IllegalArgumentException.class, () -> format.write(af));
    }

    /** Parsers never throw, whatever the input, and every error lies inside the input. */
    @ParameterizedTest
    @EnumSource(DungFormat.class)
    void parsersNeverThrowOnGarbage(DungFormat format) {
        String[] pieces = {"arg", "att", "(", ")", ",", ".", "%", "#", "\n", "\r\n", " ", "\t", "a", "b", "[", "\"",
                "\uFEFF", "é", "\u0000"};
        Random r = new Random(42);
        int failures = 0;
        for (int i = 0; i < 3000; i++) {
            StringBuilder sb = new StringBuilder();
            int len = r.nextInt(30);
            for (int k = 0; k < len; k++) {
                sb.append(pieces[r.nextInt(pieces.length)]);
            }
            String text = sb.toString();
            DungParseResult result = format.parse(text);
            long lines = text.chars().filter(c -> c == '\n').count() + 1;
            for (DungParseError e : result.errors()) {
                failures++;
                assertTrue(e.line() >= 1 && e.line() <= lines, () -> e + " in " + text);
                assertTrue(e.column() >= 1, () -> e + " in " + text);
                assertTrue(e.code().matches("[a-z]+(-[a-z]+)*"), e::code);
            }
        }
        assertTrue(failures > 1000, "garbage produced errors: " + failures);
    }

    @Test
    void formatsByIdAndFileName() {
        assertEquals(List.of("apx", "tgf"), DungFormat.ids());
        assertEquals(Optional.of(DungFormat.TGF), DungFormat.byId("tgf"));
        assertEquals(Optional.empty(), DungFormat.byId("TGF"));
        assertEquals(Optional.of(DungFormat.APX), DungFormat.forFile(Path.of("x", "af.APX")));
        assertEquals(Optional.empty(), DungFormat.forFile(Path.of("af.txt")));
        assertEquals(Optional.empty(), DungFormat.forFile(Path.of("apx")));
    }

    @Test
    void parseErrorsFormatAsCompilerMessages() {
        DungParseError e = new DungParseError(3, 14, "apx-syntax", "expected ')'");
        assertEquals("af.apx:3:14: error [apx-syntax] expected ')'", e.format("af.apx"));
        assertThrows(IllegalArgumentException.class, () -> new DungParseError(-1, 0, "x", "y"));
        assertThrows(IllegalArgumentException.class, () -> new DungParseResult(null, List.of()));
    }
}
