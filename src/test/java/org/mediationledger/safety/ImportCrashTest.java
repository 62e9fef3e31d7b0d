package org.mediationledger.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;
import org.mediationledger.service.RegisterImport;
import org.mediationledger.service.Services;

/**
 * The power goes while an office's old register is being imported (issue 19: kill -9 of the program running
 * `import cases`, at a half and at nine tenths of the time it takes alone): on reopening either none of the file's
 * cases is there or all of them, the history is whole, and importing the file then gives every case once.
 */
class ImportCrashTest {
    @TempDir
    Path dir;

    private static final int ROWS = 800;

    @Test
    void killedWhileImportingARegisterLeavesAllOrNothingAndTheFileImportsAfterwards() throws Exception {
        Path ledger = dir.resolve("l").resolve("ledger.mv.db");
        try (Services s = Composition.open(ledger, TestData.ZH, TestData.CLOCK, true)) {
            s.demo().load();
        }
        Path book = dir.resolve("register.csv");
        StringBuilder csv = new StringBuilder("案号,受理日期,村（居）,纠纷类型,简要案情,申请人,被申请人,调解结果,调结日期,协议金额\n");
        for (int r = 1; r <= ROWS; r++) {
            csv.append("（2026）青山镇人调字第").append(String.format("%04d", 100 + r)).append("号,2026-10-").append(String.format("%02d", 1 + r % 28))
                    .append(",东山村,邻里,第").append(r).append("件,甲").append(r).append(",乙").append(r)
                    .append(r % 2 == 0 ? ",调解成功,2026-11-01,500\n" : ",,,\n");
        }
        Files.writeString(book, csv);
        long before = cases(ledger);
        Path original = dir.resolve("original");
        org.mediationledger.Folders.copy(ledger.getParent(), original);
        long t0 = System.nanoTime();
        try (ChildJvm child = ChildJvm.start(dir, "org.mediationledger.app.Main", "import", "cases", "--file", book.toString(),
                "--db", ledger.toString())) {
            assertThat(child.waitFor(300)).as(child.output()).isZero();
        }
        long whole = (System.nanoTime() - t0) / 1_000_000;
        assertThat(cases(ledger)).isEqualTo(before + ROWS);
        for (double share : new double[] {0.5, 0.9}) {
            org.mediationledger.Folders.restore(original, ledger.getParent());
            long delay = (long) (whole * share);
            try (ChildJvm child = ChildJvm.start(dir, "org.mediationledger.app.Main", "import", "cases", "--file", book.toString(),
                    "--db", ledger.toString())) {
                Thread.sleep(delay);
                child.kill();
            }
            long after = cases(ledger);
            System.out.printf("import alone %d ms; killed at %d ms: %d of the file's cases%n", whole, delay, after - before);
            assertThat(after == before || after == before + ROWS).as("%d cases before, %d after", before, after).isTrue();
            try (Services s = Composition.open(ledger, TestData.ZH, TestData.CLOCK, false)) {
                assertThat(s.backups().verifyHistory().whole()).isTrue();
                RegisterImport.Plan plan = s.registerImport().plan(book, RegisterImport.Kind.CASES);
                assertThat(plan.count(RegisterImport.Outcome.NEW) + plan.count(RegisterImport.Outcome.PRESENT)).isEqualTo(ROWS);
                s.registerImport().apply(plan);
            }
            assertThat(cases(ledger)).isEqualTo(before + ROWS);
        }
    }

    private static long cases(Path db) throws java.sql.SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db.toString().replace(".mv.db", "") + ";IFEXISTS=TRUE", "sa", "");
             Statement st = c.createStatement(); ResultSet r = st.executeQuery("select count(*) from mediation_case where not deleted")) {
            r.next();
            return r.getLong(1);
        }
    }
}
