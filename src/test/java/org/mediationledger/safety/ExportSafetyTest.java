package org.mediationledger.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;
import org.mediationledger.cli.Cli;
import org.mediationledger.cli.CliTestData;
import org.mediationledger.model.SpreadsheetCell;
import org.mediationledger.service.Services;

/** CSV exports that a spreadsheet cannot run as formulas, and the daily backup while the window stays open. */
class ExportSafetyTest {
    @TempDir
    Path dir;

    @Test
    void aCellThatLooksLikeAFormulaIsWrittenAsText() {
        assertThat(SpreadsheetCell.safe("=cmd|' /C calc'!A0")).isEqualTo("'=cmd|' /C calc'!A0");
        assertThat(SpreadsheetCell.safe("+86 138")).isEqualTo("'+86 138");
        assertThat(SpreadsheetCell.safe("-x")).isEqualTo("'-x");
        assertThat(SpreadsheetCell.safe("@SUM(A1)")).isEqualTo("'@SUM(A1)");
        assertThat(SpreadsheetCell.safe("\tx")).isEqualTo("'\tx");
        assertThat(SpreadsheetCell.safe("\rx")).isEqualTo("'\rx");
        assertThat(SpreadsheetCell.safe("-3")).isEqualTo("-3");
        assertThat(SpreadsheetCell.safe("86.8%")).isEqualTo("86.8%");
        assertThat(SpreadsheetCell.safe("欧阳锋")).isEqualTo("欧阳锋");
        assertThat(SpreadsheetCell.safe("")).isEmpty();
    }

    @Test
    void theCaseListAndTheScreeningLedgerAsCsvAreSafeInExcel() throws Exception {
        Path db = dir.resolve("ledger.mv.db");
        StringWriter out = new StringWriter();
        Cli cli = new Cli((p, m, c) -> Composition.open(p, m, TestData.CLOCK, c), new PrintWriter(out), new PrintWriter(new StringWriter()));
        assertThat(cli.run("demo", "--db", db.toString())).isZero();
        Path f = dir.resolve("case.json");
        Files.writeString(f, CliTestData.VALID.replace("洪七公", "=cmd|' /C calc'!A0"));
        assertThat(cli.run("cases", "add", "--file", f.toString(), "--db", db.toString())).isZero();
        Path r = dir.resolve("round.json");
        Files.writeString(r, CliTestData.ROUND.replace("王甲", "@SUM(1+1)*cmd"));
        assertThat(cli.run("screening", "add", "--file", r.toString(), "--db", db.toString())).isZero();
        out.getBuffer().setLength(0);
        assertThat(cli.run("cases", "list", "--format", "csv", "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("'=cmd|' /C calc'!A0").doesNotContain(",=cmd");
        out.getBuffer().setLength(0);
        assertThat(cli.run("screening", "ledger", "--from", "2026-11-25", "--to", "2026-11-25", "--format", "csv", "--db", db.toString()))
                .isZero();
        assertThat(out.toString()).contains("'@SUM(1+1)*cmd").doesNotContain(",@SUM");
    }

    @Test
    void whileTheWindowStaysOpenAChangedFileIsBackedUpOnceADay() throws Exception {
        Path db = dir.resolve("ledger.mv.db");
        TestData.MovingClock moving = new TestData.MovingClock();
        try (Services s = Composition.open(db, TestData.ZH, moving, true)) {
            s.demo().load();
            assertThat(s.backups().backupIfADayHasPassed()).as("the day starts now").isEmpty();
            moving.advance(Duration.ofHours(23));
            assertThat(s.backups().backupIfADayHasPassed()).isEmpty();
            moving.advance(Duration.ofHours(2));
            var first = s.backups().backupIfADayHasPassed();
            assertThat(first).isPresent();
            assertThat(first.get().cases()).isEqualTo(12);
            // a day later with nothing changed: no new backup
            moving.advance(Duration.ofHours(25));
            assertThat(s.backups().backupIfADayHasPassed()).isEmpty();
        }
    }
}
