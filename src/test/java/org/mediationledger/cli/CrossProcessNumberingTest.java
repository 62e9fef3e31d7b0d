package org.mediationledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.model.CaseFilter;
import org.mediationledger.service.ReferenceData;
import org.mediationledger.service.Services;

/**
 * Two program instances on one file (AUTO_SERVER), as two clerks of one office: separate JVMs registering cases at
 * the same time as this one. Every number of the year appears exactly once, with no gap.
 */
class CrossProcessNumberingTest {
    @TempDir
    Path dir;

    @Test
    void twoProgramsSavingAtOnceGetGaplessUniqueNumbers() throws Exception {
        Path db = dir.resolve("shared.mv.db");
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < 15; i++) {
            batch.append(i == 0 ? "" : ",").append(CliTest.VALID.replace("欧阳锋", "进程甲" + i));
        }
        Path file = dir.resolve("batch.json");
        Files.writeString(file, batch.append("]").toString());

        // the file is created and filled with the demo by this JVM, then stays open here while two others write
        try (Services here = org.mediationledger.app.Composition.open(db, TestData.ZH, java.time.Clock.systemDefaultZone())) {
            here.demo().load();
            List<Process> others = new ArrayList<>();
            for (int p = 0; p < 2; p++) {
                others.add(new ProcessBuilder(javaBin(), "-cp", System.getProperty("java.class.path"),
                        "org.mediationledger.app.Main",
                        "cases", "add", "--file", file.toString(), "--db", db.toString())
                        .redirectErrorStream(true).redirectOutput(dir.resolve("out" + p + ".txt").toFile()).start());
            }
            ReferenceData ref = here.reference().load();
            for (int i = 0; i < 15; i++) {
                here.cases().register(TestData.draft(ref, "本进程 " + i, "甲" + i, "乙" + i));
            }
            for (Process p : others) {
                assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
            }
            for (int p = 0; p < 2; p++) {
                assertThat(others.get(p).exitValue()).as(Files.readString(dir.resolve("out" + p + ".txt"))).isZero();
            }
            List<Integer> seqs = new ArrayList<>();
            Pattern seq = Pattern.compile("第(\\d+)号");
            here.cases().search(CaseFilter.all(), 0, 1000).rows().forEach(r -> {
                Matcher m = seq.matcher(r.caseNumber());
                assertThat(m.find()).isTrue();
                seqs.add(Integer.parseInt(m.group(1)));
            });
            Collections.sort(seqs);
            List<Integer> expected = new ArrayList<>();
            for (int i = 1; i <= 12 + 15 + 30; i++) {
                expected.add(i);
            }
            assertThat(seqs).isEqualTo(expected);
        }
    }

    private static String javaBin() {
        return System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
    }
}
