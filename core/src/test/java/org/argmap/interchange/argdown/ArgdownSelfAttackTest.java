package org.argmap.interchange.argdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.argmap.analysis.Acceptability;
import org.argmap.analysis.Analysis;
import org.argmap.analysis.AnalysisReport;
import org.argmap.interchange.ImportedMap;
import org.argmap.interchange.yaml.MapYamlWriter;
import org.argmap.load.CorpusLoader;
import org.argmap.load.LoadResult;
import org.argmap.model.RelationType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An Argdown argument that attacks itself keeps that attack through import, loading and analysis. */
class ArgdownSelfAttackTest {

    static final String TEXT = """
            [Thesis]: Every rule has an exception.
              + <Self>: This very argument is no good.
                - <Self>
              + <Sound>: A sound reason.
            """;

    @Test
    void aSelfAttackingArgumentIsImportedLoadedAndNeverAccepted(@TempDir Path dir) throws IOException {
        ImportedMap m = ArgdownImporter.importText("self.argdown", TEXT, dir.resolve("self.yaml").toString(), "self.txt");
        assertFalse(m.hasErrors(), () -> m.diagnostics().toString());
        assertEquals(List.of("self/self attacks self/self"), m.relations().stream().filter(r -> r.type() == RelationType.ATTACKS)
                .map(r -> r.from() + " attacks " + r.to()).toList());
        Files.writeString(dir.resolve("self.txt"), m.text(), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("self.yaml"), MapYamlWriter.write(m), StandardCharsets.UTF_8);
        LoadResult r = new CorpusLoader().load(List.of(dir.resolve("self.yaml")));
        assertEquals(List.of(), r.diagnostics().stream().filter(d -> d.isError()).toList());
        assertEquals(1, r.corpus().relations().stream().filter(x -> x.type() == RelationType.ATTACKS).count());

        AnalysisReport report = Analysis.of(r.corpus());
        Acceptability.Framework af = report.acceptability().corpus();
        assertTrue(af.attacks().stream().anyMatch(a -> a.from().equals("self/self") && a.to().equals("self/self")), af.attacks().toString());
        Acceptability.Status self = af.status("self/self");
        assertEquals(Acceptability.Label.UNDEC, self.grounded(), "a self-attacker is undecided in the grounded labelling");
        assertFalse(self.credulous(), "in no preferred extension");
        assertFalse(af.grounded().contains("self/self"));
        assertEquals(Acceptability.Label.IN, af.status("self/sound").grounded(), "an unattacked argument is in");
    }
}
