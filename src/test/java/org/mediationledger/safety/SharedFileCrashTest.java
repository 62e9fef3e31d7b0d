package org.mediationledger.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;
import org.mediationledger.service.Services;

/**
 * Three programs on one shared file (AUTO_SERVER), as clerks on an office share: the one hosting the file is killed
 * while the two others save. Their confirmed saves and the host's are all kept, an in-flight save is refused with a
 * sentence (and saved again by the clerk), and no number is issued twice.
 */
class SharedFileCrashTest {
    @TempDir
    Path dir;

    @Test
    void theHostIsKilledWhileTwoOthersSave() throws Exception {
        Path db = dir.resolve("shared.mv.db");
        try (Services s = Composition.open(db, TestData.ZH, TestData.CLOCK, true)) {
            s.demo().load();
        }
        List<String> confirmed = new ArrayList<>();
        List<String> refusals = new ArrayList<>();
        try (ChildJvm host = ChildJvm.start(dir, CrashWriter.class.getName(), db.toString(), "主机", "100000")) {
            assertThat(host.awaitLine(l -> l.equals("OPEN"), 60_000)).as(host.output()).isTrue();
            ChildJvm b = ChildJvm.start(dir, CrashWriter.class.getName(), db.toString(), "乙机", "40", "20");
            ChildJvm c = ChildJvm.start(dir, CrashWriter.class.getName(), db.toString(), "丙机", "40", "20");
            try (b; c) {
                assertThat(b.awaitLine(l -> l.startsWith("SAVED"), 60_000)).as(b.output()).isTrue();
                assertThat(c.awaitLine(l -> l.startsWith("SAVED"), 60_000)).as(c.output()).isTrue();
                host.kill();
                host.lines.stream().filter(l -> l.startsWith("SAVED\t")).forEach(confirmed::add);
                assertThat(b.waitFor(180)).as(b.output()).isZero();
                assertThat(c.waitFor(180)).as(c.output()).isZero();
                for (ChildJvm other : List.of(b, c)) {
                    assertThat(other.output()).contains("DONE").doesNotContain("Exception", "GAVE UP");
                    other.lines.stream().filter(l -> l.startsWith("SAVED\t")).forEach(confirmed::add);
                    other.lines.stream().filter(l -> l.startsWith("REFUSED\t")).forEach(refusals::add);
                    assertThat(other.count(l -> l.startsWith("SAVED\t"))).isEqualTo(40);
                }
            }
        }
        assertThat(refusals).allMatch(l -> l.endsWith("db.error.connectionLost") || l.endsWith("db.error.busy")
                || l.endsWith("db.error.writeFailed"));
        LedgerFacts facts = LedgerFacts.read(db);
        facts.assertHasAll(confirmed);
        facts.assertSound();
        System.out.printf("shared file: host killed, %d confirmed saves of three programs all kept, %d in-flight saves refused"
                + " with a sentence, numbers unique and gapless%n", confirmed.size(), refusals.size());
    }
}
