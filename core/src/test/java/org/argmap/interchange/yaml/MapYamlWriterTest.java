package org.argmap.interchange.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.argmap.diag.Location;
import org.argmap.interchange.MapBuilder;
import org.argmap.load.CorpusLoader;
import org.argmap.load.LoadResult;
import org.argmap.model.Claim;
import org.argmap.model.ClaimKind;
import org.argmap.model.RelationType;
import org.argmap.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MapYamlWriterTest {
    static final List<String> NASTY = List.of("true", "1.0", "null", "- dash first", "key: value", "#hash", "'single'",
            "\"double\"", "  leading and trailing  ", "two\nlines", "tab\there", "back\\slash", "“typographic” – dashes",
            "0x1F", "~", "yes", "2020-01-01", "@at", "`tick`", "a # b", "[brackets]", "{braces}", "* star", "& amp", "! bang",
            "% percent", "ends with colon:", "unicode ünïcödé 中文");

    @Test
    void everyStringComesBackFromTheLoaderExactly(@TempDir Path dir) throws Exception {
        MapBuilder b = new MapBuilder("s", "m.yaml");
        int i = 0;
        for (String t : NASTY) {
            String id = b.uniqueId("c" + (++i));
            b.claim(id, t, ClaimKind.PREMISE, List.of(t), t, true, List.of(t));
        }
        b.relation("r1", "c1", "c2", RelationType.SUPPORTS, "note: with colon");
        b.relation("r2", "c3", "r1", RelationType.UNDERCUTS, null);
        b.relation("r3", b.propositionFor("c4"), b.propositionFor("c5"), RelationType.CONTRARY, null);
        Source s = new Source("s", "Title: with colon", List.of("A. Author"), null, "unknown", "en", null, "m.txt", null, null,
                null, null, "m.yaml", Location.of("m.yaml"));
        var m = b.build(s, List.of(), Location.of("m.yaml"));
        Files.writeString(dir.resolve("m.txt"), m.text(), StandardCharsets.UTF_8);
        String yaml = MapYamlWriter.write(m);
        assertEquals(yaml, MapYamlWriter.write(m), "deterministic");
        Files.writeString(dir.resolve("m.yaml"), yaml, StandardCharsets.UTF_8);
        LoadResult r = new CorpusLoader().load(List.of(dir.resolve("m.yaml")));
        assertEquals(List.of(), r.diagnostics());
        List<Claim> claims = r.corpus().claims();
        assertEquals(NASTY.size(), claims.size());
        for (int k = 0; k < NASTY.size(); k++) {
            String t = NASTY.get(k);
            Claim c = claims.get(k);
            assertEquals(t.strip(), c.text());
            assertEquals(List.of(t), c.tags());
            assertEquals(t, c.note());
            assertEquals(t, c.evidence().get(0).quote());
            assertEquals(t, c.evidence().get(0).speaker());
            assertEquals(true, c.evidence().get(0).exact());
        }
        assertEquals(List.of("r1 supports", "r3 contrary", "r2 undercuts"),
                r.corpus().relations().stream().map(x -> x.id() + " " + x.type().word()).toList());
        assertEquals("Title: with colon", r.corpus().sources().get(0).title());
        assertEquals(yaml.lines().findFirst().orElseThrow() + "\n", MapYamlWriter.SCHEMA_LINE);
    }
}
