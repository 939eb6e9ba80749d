package org.argmap.render;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.argmap.layout.LaidOutDiagram;
import org.argmap.model.Corpus;
import org.argmap.render.RenderPipeline.Format;
import org.argmap.render.RenderPipeline.Request;
import org.argmap.render.RenderPipeline.View;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExporterTest {
    private static final RenderPipeline PIPELINE = new RenderPipeline();

    @TempDir
    Path dir;

    @Test
    void pngIsARealImageOfTheRequestedWidthOnWhite() throws IOException {
        Corpus c = Fixtures.realCorpus();
        Request r = Request.svg(View.MAP, List.of("trotsky-1935")).withFormat(Format.PNG).withPngSize(1200, 0);
        byte[] png = PIPELINE.render(c, r);
        assertArrayEquals(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, Arrays.copyOf(png, 8));
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        LaidOutDiagram laid = PIPELINE.layout(PIPELINE.view(c, r), View.MAP);
        assertEquals(1200, img.getWidth());
        assertEquals(Math.round(laid.height() * 1200 / laid.width()), img.getHeight(), 1);
        assertEquals(0xffffffff, img.getRGB(2, 2), "opaque white background");
        assertTrue(png.length > 50_000, "a real drawing, not an empty page: " + png.length);
    }

    @Test
    void pngDpiScalesFromNinetySixPerInch() throws IOException {
        Corpus c = Fixtures.realCorpus();
        Request r = Request.svg(View.MATRIX, List.of()).withFormat(Format.PNG).withPngSize(0, 48);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(PIPELINE.render(c, r)));
        LaidOutDiagram laid = PIPELINE.layout(PIPELINE.view(c, r), View.MATRIX);
        assertEquals(Math.round(laid.width() / 2), img.getWidth());
    }

    @Test
    void pdfIsARealPdfWithTheFontEmbedded() {
        Corpus c = Fixtures.smallCorpus(dir);
        byte[] pdf = PIPELINE.render(c, Request.svg(View.MAP, List.of()).withFormat(Format.PDF).withEvidence(true));
        String text = new String(pdf, StandardCharsets.ISO_8859_1);
        assertTrue(text.startsWith("%PDF-1."), text.substring(0, 8));
        assertTrue(text.contains("/FontFile2"), "TrueType font embedded");
        assertTrue(text.contains("DejaVuSans"), "DejaVu Sans named");
        assertTrue(text.contains("DejaVuSans-Oblique"), "the italic face is embedded for quotes");
        assertTrue(text.contains("/ToUnicode"), "text stays searchable: glyphs map back to Unicode");
        assertTrue(text.trim().endsWith("%%EOF"));
        assertTrue(pdf.length > 10_000 && pdf.length < 2_000_000, "sensible size: " + pdf.length);
    }
}
