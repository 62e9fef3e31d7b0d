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
import org.mediationledger.model.CaseFilter;
import org.mediationledger.service.RegisterImport;
import org.mediationledger.service.Services;

/**
 * The power goes while the search box's word index takes in thousands of cases (issue 20: kill -9 of a program
 * catching up, at a half and at nine tenths of the time it takes alone): on reopening every case is either indexed or
 * still waiting, a search finds exactly the case it names, and the index then catches up whole.
 */
class SearchIndexCrashTest {
    private static final int ROWS = 6_000;
    @TempDir
    Path dir;

    /** The child: opens the ledger and brings the word index up to date. */
    public static final class CatchUp {
        public static void main(String[] args) throws Exception {
            try (Services s = Composition.open(Path.of(args[0]), TestData.ZH, TestData.CLOCK, false)) {
                System.out.println("indexed " + s.cases().catchUpSearchIndex());
            }
        }
    }

    @Test
    void killedWhileIndexingLeavesEveryCaseIndexedOrWaitingAndSearchesExact() throws Exception {
        Path ledger = dir.resolve("l").resolve("ledger.mv.db");
        Path book = dir.resolve("register.csv");
        StringBuilder csv = new StringBuilder("受理日期,村（居）,纠纷类型,简要案情,申请人,被申请人\n");
        for (int r = 1; r <= ROWS; r++) {
            csv.append("2026-10-").append(String.format("%02d", 1 + r % 28)).append(",东山村,邻里,第").append(r).append("件纠纷,申")
                    .append(String.format("%05d", r)).append(",被").append(String.format("%05d", r)).append('\n');
        }
        Files.writeString(book, csv);
        try (Services s = Composition.open(ledger, TestData.ZH, TestData.CLOCK, true)) {
            s.demo().load();
            s.registerImport().apply(s.registerImport().plan(book, RegisterImport.Kind.CASES));
            assertThat(s.cases().searchIndexWaiting()).as("imported cases wait for the index").isGreaterThanOrEqualTo(ROWS);
        }
        Path original = dir.resolve("original");
        org.mediationledger.Folders.copy(ledger.getParent(), original);
        long t0 = System.nanoTime();
        try (ChildJvm child = ChildJvm.start(dir, CatchUp.class.getName(), ledger.toString())) {
            assertThat(child.waitFor(300)).as(child.output()).isZero();
        }
        long whole = (System.nanoTime() - t0) / 1_000_000;
        for (double share : new double[] {0.5, 0.9}) {
            org.mediationledger.Folders.restore(original, ledger.getParent());
            long delay = (long) (whole * share);
            try (ChildJvm child = ChildJvm.start(dir, CatchUp.class.getName(), ledger.toString())) {
                Thread.sleep(delay);
                child.kill();
            }
            long[] state = state(ledger);
            System.out.printf("catching up alone %d ms; killed at %d ms: %d cases, %d indexed, %d waiting, %d neither%n", whole, delay,
                    state[0], state[1], state[2], state[3]);
            assertThat(state[3]).as("cases neither indexed nor waiting").isZero();
            try (Services s = Composition.open(ledger, TestData.ZH, TestData.CLOCK, false)) {
                for (int r : new int[] {1, 2_345, ROWS}) {
                    String name = "申" + String.format("%05d", r);
                    assertThat(s.cases().search(new CaseFilter(null, null, null, null, null, null, name), 0, 10).rows())
                            .singleElement().satisfies(c -> assertThat(c.applicants()).contains(name));
                }
                s.cases().catchUpSearchIndex();
                assertThat(s.cases().searchIndexWaiting()).isZero();
                assertThat(s.cases().search(new CaseFilter(null, null, null, null, null, null, "被04321"), 0, 10).rows()).hasSize(1);
                assertThat(s.cases().search(new CaseFilter(null, null, null, null, null, null, "第4321件"), 0, 10).rows()).hasSize(1);
            }
        }
    }

    /** Cases, indexed cases, waiting cases, and cases neither indexed nor waiting. */
    private static long[] state(Path db) throws java.sql.SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + db.toString().replace(".mv.db", "") + ";IFEXISTS=TRUE", "sa", "");
             Statement st = c.createStatement();
             ResultSet r = st.executeQuery("select (select count(*) from mediation_case), (select count(*) from search_case), "
                     + "(select count(*) from search_pending), (select count(*) from mediation_case m where not exists "
                     + "(select 1 from search_case s where s.case_id = m.id) and not exists (select 1 from search_pending p where p.case_id = m.id))")) {
            r.next();
            return new long[] {r.getLong(1), r.getLong(2), r.getLong(3), r.getLong(4)};
        }
    }
}
