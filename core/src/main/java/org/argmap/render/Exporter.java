package org.argmap.render;

import java.awt.Color;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.Transcoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.apache.fop.configuration.Configuration;
import org.apache.fop.configuration.DefaultConfigurationBuilder;
import org.apache.fop.svg.AbstractFOPTranscoder;
import org.apache.fop.svg.PDFTranscoder;
import org.argmap.layout.TextMeasurer;

/**
 * Turns SVG text into PNG (Batik's {@link PNGTranscoder}, on white) or PDF (FOP's
 * {@link PDFTranscoder}, with the DejaVu Sans faces registered and embedded, text kept as text).
 * Both read the SVG the renderer wrote, so the three formats show the same drawing.
 */
public final class Exporter {
    /** CSS px per inch: an SVG at 96 dpi is drawn one PNG pixel per px. */
    public static final double CSS_DPI = 96;

    private Exporter() {
    }

    /**
     * Draws the SVG as a PNG of the given width in pixels (the height follows the aspect ratio).
     *
     * @throws ExportException when Batik cannot draw it
     */
    public static byte[] png(String svg, double widthPx) {
        PNGTranscoder t = new PNGTranscoder();
        t.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, Color.WHITE);
        t.addTranscodingHint(SVGAbstractTranscoder.KEY_WIDTH, (float) widthPx);
        t.addTranscodingHint(ImageTranscoder.KEY_FORCE_TRANSPARENT_WHITE, Boolean.FALSE);
        return transcode(t, svg);
    }

    /**
     * Draws the SVG as a one-page PDF of the drawing's size (1 px = 0.75 pt), with DejaVu Sans
     * embedded (subset) so that every accented letter prints.
     *
     * @throws ExportException when FOP cannot draw it
     */
    public static byte[] pdf(String svg) {
        PDFTranscoder t = new PDFTranscoder();
        try {
            t.configure(fontConfiguration());
        } catch (Exception e) {
            throw new ExportException("cannot configure PDF fonts: " + e.getMessage(), e);
        }
        t.addTranscodingHint(AbstractFOPTranscoder.KEY_AUTO_FONTS, Boolean.FALSE);
        t.addTranscodingHint(AbstractFOPTranscoder.KEY_STROKE_TEXT, Boolean.FALSE);
        return transcode(t, svg);
    }

    /** The FOP font configuration: the four DejaVu Sans faces, embedded, under the family name the SVG uses. */
    static Configuration fontConfiguration() throws Exception {
        StringBuilder x = new StringBuilder("<cfg><fonts>");
        String[][] faces = {
            {"DejaVuSans.ttf", "normal", "normal"},
            {"DejaVuSans-Bold.ttf", "normal", "bold"},
            {"DejaVuSans-Oblique.ttf", "italic", "normal"},
            {"DejaVuSans-BoldOblique.ttf", "italic", "bold"},
        };
        for (String[] f : faces) {
            Path p = TextMeasurer.DEJAVU_DIR.resolve(f[0]);
            if (!Files.isRegularFile(p)) {
                continue;
            }
            x.append("<font kerning=\"yes\" embedding-mode=\"subset\" embed-url=\"")
                    .append(p.toUri().toString().replace("&", "&amp;")).append("\">")
                    .append("<font-triplet name=\"DejaVu Sans\" style=\"").append(f[1]).append("\" weight=\"")
                    .append(f[2]).append("\"/>")
                    .append("<font-triplet name=\"sans-serif\" style=\"").append(f[1]).append("\" weight=\"")
                    .append(f[2]).append("\"/></font>");
        }
        x.append("</fonts></cfg>");
        return new DefaultConfigurationBuilder().build(new ByteArrayInputStream(x.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private static byte[] transcode(Transcoder t, String svg) {
        TranscoderInput in = new TranscoderInput(new StringReader(svg));
        in.setURI("file:///argmap.svg");
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            t.transcode(in, new TranscoderOutput(out));
        } catch (TranscoderException e) {
            throw new ExportException("cannot draw the SVG: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    /** A drawing that could not be exported (a bug or a broken installation, not a user mistake). */
    public static final class ExportException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        public ExportException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
