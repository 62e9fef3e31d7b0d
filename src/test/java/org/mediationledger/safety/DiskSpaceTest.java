package org.mediationledger.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;
import org.mediationledger.cli.Cli;
import org.mediationledger.cli.CliTestData;
import org.mediationledger.service.BackupService;
import org.mediationledger.service.Services;

/** A disk that fills up: new saves are refused before it is full, and a write that fails anyway loses no commit. */
class DiskSpaceTest {
    @TempDir
    Path dir;

    @Test
    void belowTheSafetyMarginNewSavesAreRefusedWithASentence() throws Exception {
        Path db = dir.resolve("ledger.mv.db");
        try (Services s = Composition.open(db, TestData.ZH, TestData.CLOCK, true)) {
            s.demo().load();
            // a margin larger than any disk here: the guard must refuse as it would on a nearly full disk
            s.settings().setBackupRules(7, 4, "", 1_000_000);
        }
        Path f = dir.resolve("case.json");
        Files.writeString(f, CliTestData.VALID);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Cli((p, m, c) -> Composition.open(p, m, TestData.CLOCK, c), new PrintWriter(out), new PrintWriter(err))
                .run("cases", "add", "--file", f.toString(), "--db", db.toString());
        assertThat(code).isEqualTo(Cli.INVALID_DATA);
        assertThat(err.toString()).contains("剩余空间不足", "暂不保存").doesNotContain("Exception", "意外错误");
        assertThat(out.toString()).doesNotContain("已登记");
        assertThat(BackupService.check(db)).containsEntry("MEDIATION_CASE", 12L);
    }

    @Test
    void aFullDiskLeavesTheFileOpenableWithEveryEarlierCommit() throws Exception {
        Path small = dir.resolve("small");
        Files.createDirectories(small);
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=6m", "tmpfs", small.toString())
                .redirectErrorStream(true).start();
        boolean mounted = mount.waitFor(20, TimeUnit.SECONDS) && mount.exitValue() == 0;
        if (!mounted) {
            System.out.println("DiskSpaceTest: cannot mount a small tmpfs here (" + new String(mount.getInputStream().readAllBytes()).strip()
                    + "); the full-disk test is skipped, the low-space guard is tested by its setting");
        }
        Assumptions.assumeTrue(mounted, "mounting a small file system needs root");
        try {
            Path made = dir.resolve("made.mv.db");
            try (Services s = Composition.open(made, TestData.ZH, TestData.CLOCK, true)) {
                s.demo().load();
                s.settings().setBackupRules(7, 0, "", 0); // no margin: let the disk really fill up
            }
            Path db = small.resolve("ledger.mv.db");
            Files.copy(made, db);
            List<String> confirmed;
            try (ChildJvm writer = ChildJvm.start(dir, CrashWriter.class.getName(), db.toString(), "满盘", "100000", "3", "3600")) {
                writer.waitFor(180);
                confirmed = writer.lines.stream().filter(l -> l.startsWith("SAVED\t")).toList();
                assertThat(writer.output()).contains("REFUSED").doesNotContain("Exception");
                assertThat(writer.lines.stream().filter(l -> l.startsWith("REFUSED")).toList())
                        .allMatch(l -> l.endsWith("db.error.diskFull") || l.endsWith("db.error.writeFailed") || l.endsWith("db.error.diskLow"));
            }
            assertThat(confirmed).isNotEmpty();
            // space is freed (the backups go elsewhere): the file opens with every confirmed case
            if (Files.isDirectory(small.resolve("backups"))) {
                try (var files = Files.list(small.resolve("backups"))) {
                    for (Path p : files.toList()) {
                        Files.delete(p);
                    }
                }
            }
            LedgerFacts facts = LedgerFacts.read(db);
            facts.assertHasAll(confirmed);
            facts.assertSound();
            System.out.printf("full disk: %d cases confirmed before the 6 MB disk was full, all %d there after%n", confirmed.size(),
                    confirmed.stream().filter(l -> facts.numbers.containsKey(l.split("\t")[2])).count());
        } finally {
            new ProcessBuilder("umount", "-l", small.toString()).start().waitFor(20, TimeUnit.SECONDS);
        }
    }
}
