package org.mediationledger.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;
import org.mediationledger.cli.Cli;
import org.mediationledger.model.BackupRotation;
import org.mediationledger.model.DataFileException;
import org.mediationledger.service.BackupService;
import org.mediationledger.service.ReferenceData;
import org.mediationledger.service.Services;

/** Backups that exist before they are needed: written on close, checked, rotated, copied, restored. */
class BackupTest {
    @TempDir
    Path dir;

    @Test
    void closingAfterChangesWritesACheckedBackupAndDamageIsUndoneByRestore() throws Exception {
        Path db = dir.resolve("ledger.mv.db");
        try (Services s = Composition.open(db, TestData.ZH, TestData.CLOCK, true)) {
            s.demo().load();
        }
        List<BackupService.Backup> backups = BackupService.list(dir.resolve("backups"));
        assertThat(backups).hasSize(1);
        assertThat(backups.get(0).kind()).isEqualTo(BackupService.Kind.AUTO);
        assertThat(backups.get(0).cases()).isEqualTo(12);
        assertThat(backups.get(0).file().getFileName().toString()).isEqualTo("ledger-auto-20261126.zip");

        // opening and only reading writes no new backup
        long made = Files.getLastModifiedTime(backups.get(0).file()).toMillis();
        try (Services s = Composition.open(db, TestData.ZH, TestData.CLOCK, false)) {
            s.cases().countAll();
        }
        assertThat(Files.getLastModifiedTime(backups.get(0).file()).toMillis()).isEqualTo(made);

        // the file is damaged: it is refused, and restoring the backup gives back every case
        try (RandomAccessFile r = new RandomAccessFile(db.toFile(), "rw")) {
            r.setLength(8192);
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Cli cli = new Cli((p, m, c) -> Composition.open(p, m, TestData.CLOCK, c), new PrintWriter(out), new PrintWriter(err));
        assertThat(cli.run("check", "--db", db.toString())).isEqualTo(Cli.INVALID_DATA);
        assertThat(cli.run("restore", "--from", backups.get(0).file().toString(), "--db", db.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("已从", "案件 12 件");
        try (Services s = Composition.open(db, TestData.ZH, TestData.CLOCK, false)) {
            assertThat(s.cases().countAll()).isEqualTo(12);
        }
        // the damaged file was kept aside, not thrown away
        assertThat(Files.list(dir.resolve("backups")).map(p -> p.getFileName().toString()))
                .anyMatch(n -> n.startsWith("ledger-before-restore-") && n.endsWith(".mv.db"));
    }

    @Test
    void aManualBackupAndTheCommandsThatListAndCheckIt() throws Exception {
        Path db = dir.resolve("ledger.mv.db");
        try (Services s = Composition.open(db, TestData.ZH, TestData.CLOCK, true)) {
            s.demo().load();
        }
        StringWriter out = new StringWriter();
        Cli cli = new Cli((p, m, c) -> Composition.open(p, m, TestData.CLOCK, c), new PrintWriter(out), new PrintWriter(new StringWriter()));
        Path to = dir.resolve("usb/my-backup.zip");
        assertThat(cli.run("backup", "--out", to.toString(), "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("已写入并核对备份", "案件 12 件");
        assertThat(BackupService.peek(to)).containsEntry("MEDIATION_CASE", 12L);
        out.getBuffer().setLength(0);
        assertThat(cli.run("backup", "--list", "--format", "json", "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("\"kind\" : \"AUTO\"", "\"cases\" : 12");
        out.getBuffer().setLength(0);
        assertThat(cli.run("check", "--format", "json", "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("\"sound\" : true", "\"mediation_case\" : 12");
        out.getBuffer().setLength(0);
        assertThat(cli.run("backup-settings", "--keep-daily", "10", "--second-folder", dir.resolve("usb").toString(), "--format", "json",
                "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("\"keepDaily\" : 10", "\"keepWeekly\" : 4", "\"minFreeMb\" : 200", "usb");
        assertThat(cli.run("backup-settings", "--keep-daily", "0", "--db", db.toString())).isEqualTo(Cli.INVALID_DATA);
    }

    @Test
    void aBackupThatIsNotOneIsRefusedAndChangesNothing() throws Exception {
        Path db = dir.resolve("ledger.mv.db");
        try (Services s = Composition.open(db, TestData.ZH, TestData.CLOCK, true)) {
            s.demo().load();
        }
        Path fake = dir.resolve("fake.zip");
        Files.write(fake, new byte[] {1, 2, 3});
        byte[] before = Files.readAllBytes(db);
        try {
            BackupService.restore(db, fake);
            throw new AssertionError("restored a fake backup");
        } catch (DataFileException e) {
            assertThat(e.reasonKey()).isEqualTo("db.error.notABackup");
        }
        assertThat(Files.readAllBytes(db)).isEqualTo(before);
        // a restore while the file is open is refused
        try (Services s = Composition.open(db, TestData.ZH, TestData.CLOCK, false)) {
            Path zip = s.backups().backupNow(Optional.empty()).file();
            try {
                BackupService.restore(db, zip);
                throw new AssertionError("restored over an open file");
            } catch (DataFileException e) {
                assertThat(e.reasonKey()).isEqualTo("db.error.restoreInUse");
            }
        }
    }

    @Test
    void rotationKeepsSevenDaysAndFourWeeksAndCopiesToASecondFolder() throws Exception {
        Path db = dir.resolve("ledger.mv.db");
        Path second = dir.resolve("usb");
        try (Services s = Composition.open(db, TestData.ZH, TestData.CLOCK, true)) {
            s.demo().load();
            s.settings().setBackupRules(7, 4, second.toString(), 200);
        }
        LocalDate start = TestData.TODAY;
        for (int day = 0; day < 60; day += 1) {
            LocalDate d = start.plusDays(day);
            Clock clock = Clock.fixed(d.atTime(18, 0).toInstant(ZoneOffset.ofHours(8)), ZoneOffset.ofHours(8));
            try (Services s = Composition.open(db, TestData.ZH, clock, false)) {
                ReferenceData ref = s.reference().load();
                s.cases().register(TestData.draft(ref, "第" + day + "天", "甲", "乙"));
            }
        }
        Set<String> autos = Files.list(dir.resolve("backups")).map(p -> p.getFileName().toString())
                .filter(n -> n.matches("ledger-auto-\\d{8}\\.zip")).collect(Collectors.toSet());
        Set<LocalDate> days = autos.stream().map(n -> LocalDate.parse(n.substring(12, 20), java.time.format.DateTimeFormatter.BASIC_ISO_DATE))
                .collect(Collectors.toSet());
        LocalDate last = start.plusDays(59);
        assertThat(days).isEqualTo(BackupRotation.keep(new java.util.ArrayList<>(days), 7, 4));
        for (int i = 0; i < 7; i++) {
            assertThat(days).contains(last.minusDays(i));
        }
        assertThat(days).hasSizeBetween(7, 11);
        assertThat(Files.list(second).filter(p -> p.toString().endsWith(".zip")).count()).isEqualTo(days.size());
        // the newest backup holds every case of the last day
        assertThat(BackupService.list(dir.resolve("backups")).get(0).cases()).isEqualTo(12 + 60);
    }

    @Test
    void rotationRule() {
        LocalDate sunday = LocalDate.of(2026, 11, 29);
        List<LocalDate> days = new java.util.ArrayList<>();
        for (int i = 0; i < 50; i++) {
            days.add(sunday.minusDays(i));
        }
        Set<LocalDate> keep = BackupRotation.keep(days, 7, 4);
        // the last 7 days (23–29 Nov), and the newest of each of the 4 newest weeks: 29 Nov (in the 7), 22, 15, 8 Nov
        assertThat(keep).containsExactlyInAnyOrder(sunday, sunday.minusDays(1), sunday.minusDays(2), sunday.minusDays(3),
                sunday.minusDays(4), sunday.minusDays(5), sunday.minusDays(6), LocalDate.of(2026, 11, 22),
                LocalDate.of(2026, 11, 15), LocalDate.of(2026, 11, 8));
    }
}
