package org.argmap.load;

import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.StringReader;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.scanner.Constant;

/**
 * A Jackson {@link YAMLFactory} whose parsers read a text that is already in memory in linear
 * time.
 *
 * <p>Why: SnakeYAML's {@link StreamReader} (up to 2.7, the newest on Maven Central; snakeyaml-engine
 * has the same code) reads its input in 1,024-character chunks and, on every chunk, copies the
 * whole not-yet-consumed window into a new array. While the scanner looks ahead through one long
 * token (a plain or quoted scalar, a comment) nothing is consumed, so the window grows by one
 * chunk per refill and each refill copies all of it: O(n²/1024) for a token of n characters
 * (a 7 MB one-line title took 37–49 s). Feeding Jackson a {@code String} or {@code char[]} does
 * not help, since both are wrapped in a {@code Reader}, and the buffer size is a private constant.
 *
 * <p>Fix: {@link #createParser(String)} hands SnakeYAML's parser a {@link StreamReader} subclass
 * that decodes the whole text into code points once (O(n) time, 4 bytes per code point; texts
 * are at most {@link LoaderLimits#maxFileBytes()} long) and serves every look-ahead from that
 * array. It keeps the line, column and index bookkeeping of the original, so positions, limits
 * ({@link LoaderOptions#getCodePointLimit()}) and error messages are unchanged. Jackson 2.18+
 * provides the {@code YAMLParser} constructor that takes a ready {@link ParserImpl} for this.
 *
 * <p>Precondition: the text holds only characters YAML allows ({@link StreamReader#isPrintable(int)});
 * the original reader reports the first other one while reading, this one must be given clean
 * text ({@link YamlReader} checks it first and reports the exact line and column).
 */
final class WholeTextYamlFactory extends YAMLFactory {

    WholeTextYamlFactory(YAMLFactoryBuilder builder) {
        super(builder);
    }

    /** A parser over {@code content}, linear in its length. */
    @Override
    public YAMLParser createParser(String content) {
        IOContext ctxt = _createContext(_createContentReference(content), true);
        LoaderOptions options = _loaderOptions == null ? new LoaderOptions() : _loaderOptions;
        return new Parser(ctxt, _parserFeatures, _yamlParserFeatures, content, options);
    }

    /** Jackson's parser over a SnakeYAML parser fed from {@link CodePointReader}. */
    private static final class Parser extends YAMLParser {
        Parser(IOContext ctxt, int parserFeatures, int yamlFeatures, String content, LoaderOptions options) {
            super(ctxt, parserFeatures, yamlFeatures, null, new StringReader(""),
                    new ParserImpl(new CodePointReader(content), options));
        }
    }

    /**
     * SnakeYAML's reader interface over the whole text as code points. Every method costs O(1),
     * except {@link #forward(int)} and {@link #prefix(int)}, O(length).
     */
    static final class CodePointReader extends StreamReader {
        private final int[] data;
        private int pointer;
        private int index;
        private int documentIndex;
        private int line;
        private int column;

        CodePointReader(String text) {
            super(new StringReader(""));
            this.data = text.codePoints().toArray();
        }

        @Override
        public Mark getMark() {
            return new Mark("'reader'", index, line, column, data, pointer);
        }

        @Override
        public void forward() {
            forward(1);
        }

        @Override
        public void forward(int length) {
            for (int i = 0; i < length && pointer < data.length; i++) {
                int c = data[pointer++];
                index++;
                documentIndex++;
                if (Constant.LINEBR.has(c) || c == '\r' && pointer < data.length && data[pointer] != '\n') {
                    line++;
                    column = 0;
                } else if (c != 0xFEFF) {
                    column++;
                }
            }
        }

        @Override
        public int peek() {
            return pointer < data.length ? data[pointer] : '\0';
        }

        @Override
        public int peek(int offset) {
            int at = pointer + offset;
            return at >= 0 && at < data.length ? data[at] : '\0';
        }

        @Override
        public String prefix(int length) {
            int n = Math.max(0, Math.min(length, data.length - pointer));
            return n == 0 ? "" : new String(data, pointer, n);
        }

        /** {@link #prefix(int)} then a move over it; the scanner calls it only on text without line breaks. */
        @Override
        public String prefixForward(int length) {
            String prefix = prefix(length);
            pointer += length;
            index += length;
            documentIndex += length;
            column += length;
            return prefix;
        }

        @Override
        public int getColumn() {
            return column;
        }

        @Override
        public int getDocumentIndex() {
            return documentIndex;
        }

        @Override
        public void resetDocumentIndex() {
            documentIndex = 0;
        }

        @Override
        public int getIndex() {
            return index;
        }

        @Override
        public int getLine() {
            return line;
        }
    }
}
