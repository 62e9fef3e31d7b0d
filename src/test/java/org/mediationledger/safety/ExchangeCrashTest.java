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
import org.mediationledger.model.Unit;
import org.mediationledger.service.Services;

/**
 * The power goes while the township imports a village's exchange file (kill -9 of the program running `sync import`,
 * at several moments): on reopening, either none of the file's cases is there and the file is still to be imported, or
 * all of them and it counts as imported — never some; importing it then gives every case once.
 */
class ExchangeCrashTest {
    @TempDir
    Path dir;

    private static final int CASES = 1200;

    @Test
    void killedWhileImportingLeavesAllOrNothingAndTheFileImportsAfterwards() throws Exception {
        Path township = dir.resolve("t").resolve("ledger.mv.db");
        Path village = dir.resolve("v").resolve("ledger.mv.db");
        Path up = dir.resolve("up.mlx");
        Unit unit = TestData.townshipWithVillage(township, village);
        // a month of village work, written straight into the village's file (as many rows as a busy village makes)
        try (Connection c = connect(village); Statement st = c.createStatement()) {
            st.execute("""
                    insert into mediation_case(id, case_year, case_seq, case_number, committee, source, dispute_type_id, unit_id, summary,
                        people_involved, risk_level, received_date, status, created_at, updated_at)
                    select random_uuid(), 2026, x, '（2026）%1$s人调字第' || lpad(cast(x as varchar), 4, '0') || '号', '%2$s', 'PARTY_APPLICATION',
                        (select min(id) from dispute_type), '%2$s', '村里登记的纠纷' || x, 2, 'YELLOW', date '2026-11-01', 'REGISTERED', now(), now()
                    from system_range(1, %3$d)
                    """.formatted(unit.name(), unit.id(), CASES));
            st.execute("""
                    insert into party(id, case_id, role, sort_order, name, created_at, updated_at)
                    select random_uuid(), id, 'APPLICANT', 0, '申请人' || case_seq, now(), now() from mediation_case where committee <> ''
                    """);
        }
        try (Services v = Composition.open(village, TestData.ZH, TestData.CLOCK, false)) {
            assertThat(v.exchange().export(null, up)).isGreaterThanOrEqualTo(2 * CASES);
        }
        long before = villageCases(township, unit);
        // the township's folder as it is now: the file with what the program records beside it and in its backups folder
        // (a copy of the file alone would be refused as an older file, rightly)
        Path original = dir.resolve("t-original");
        org.mediationledger.Folders.copy(township.getParent(), original);
        // first uninterrupted, to know how long the import takes in a program of its own
        long t0 = System.nanoTime();
        try (ChildJvm child = ChildJvm.start(dir, "org.mediationledger.app.Main", "sync", "import", up.toString(), "--db", township.toString())) {
            assertThat(child.waitFor(300)).as(child.output()).isZero();
        }
        long whole = (System.nanoTime() - t0) / 1_000_000;
        assertThat(villageCases(township, unit)).isEqualTo(before + CASES);
        assertThat(receivedFrom(township)).isEqualTo(1);
        // then killed at a half and at nine tenths of that: inside the import's transaction
        for (double share : new double[] {0.5, 0.9}) {
            org.mediationledger.Folders.restore(original, township.getParent());
            long delay = (long) (whole * share);
            try (ChildJvm child = ChildJvm.start(dir, "org.mediationledger.app.Main", "sync", "import", up.toString(), "--db", township.toString())) {
                Thread.sleep(delay);
                child.kill();
            }
            long after = villageCases(township, unit);
            long received = receivedFrom(township);
            System.out.printf("import alone %d ms; killed at %d ms: %d of the village's cases, file %s%n", whole, delay, after - before,
                    received == 0 ? "still to import" : "imported");
            assertThat(after == before && received == 0 || after == before + CASES && received == 1)
                    .as("%d cases before, %d after, last file received %d", before, after, received).isTrue();
            try (Services t = Composition.open(township, TestData.ZH, TestData.CLOCK, false)) {
                t.exchange().importFile(up);
                assertThat(t.backups().verifyHistory().whole()).isTrue();
            }
            assertThat(villageCases(township, unit)).isEqualTo(before + CASES);
        }
    }

    private static long villageCases(Path db, Unit unit) throws java.sql.SQLException {
        try (Connection c = connect(db); Statement st = c.createStatement();
             ResultSet r = st.executeQuery("select count(*) from mediation_case where committee = '" + unit.id() + "'")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static long receivedFrom(Path db) throws java.sql.SQLException {
        try (Connection c = connect(db); Statement st = c.createStatement();
             ResultSet r = st.executeQuery("select coalesce(max(last_received_seq), 0) from exchange_node where not is_self")) {
            r.next();
            return r.getLong(1);
        }
    }

    private static Connection connect(Path db) throws java.sql.SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + db.toString().replace(".mv.db", "") + ";IFEXISTS=TRUE", "sa", "");
    }
}
