package org.mediationledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;
import org.mediationledger.model.Unit;
import org.mediationledger.service.Services;

/**
 * Issue 17's figures: a village sends 10,000 changed cases with their parties and a mediation attempt each, and a
 * history entry for each of those rows; the
 * township imports the file (a fresh copy of its ledger each run), then imports it again. Beside it, in the same run,
 * the baseline: H2 inserting the same rows with one INSERT … SELECT each. Medians of several runs.
 * Not part of `mvn verify`: mvn test -Dgroups=benchmark -DexcludedGroups= -Dtest=ExchangeBenchmark
 */
@Tag("benchmark")
class ExchangeBenchmark {
    static final int CASES = Integer.getInteger("bench.cases", 10_000);
    static final int RUNS = Integer.getInteger("bench.runs", 5);

    @Test
    void tenThousandChangedCases() throws Exception {
        Path dir = Files.createTempDirectory("ledger-exchange-bench");
        Path township = dir.resolve("t").resolve("ledger.mv.db");
        Path village = dir.resolve("v").resolve("ledger.mv.db");
        Unit unit = TestData.townshipWithVillage(township, village);
        double[] baseline = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            try (Connection c = connect(village); Statement st = c.createStatement()) {
                st.execute("delete from audit_log where user_name = '" + BENCH_USER + "'");
                st.execute("delete from attempt_mediator");
                st.execute("delete from mediation_attempt where case_id in (select id from mediation_case where committee <> '')");
                st.execute("delete from party where case_id in (select id from mediation_case where committee <> '')");
                st.execute("delete from mediation_case where committee <> ''");
                long t0 = System.nanoTime();
                insertVillageWork(st, unit);
                baseline[i] = (System.nanoTime() - t0) / 1e6;
            }
        }
        Path up = dir.resolve("up.mlx");
        long e0 = System.nanoTime();
        int rows;
        try (Services v = Composition.open(village, TestData.ZH, TestData.CLOCK, false)) {
            rows = v.exchange().export(null, up);
        }
        double export = (System.nanoTime() - e0) / 1e6;
        Path original = dir.resolve("t-original");
        org.mediationledger.Folders.copy(township.getParent(), original);
        double[] imports = new double[RUNS];
        double[] again = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            org.mediationledger.Folders.restore(original, township.getParent());
            try (Services t = Composition.open(township, TestData.ZH, TestData.CLOCK, false)) {
                long t0 = System.nanoTime();
                var r = t.exchange().importFile(up);
                imports[i] = (System.nanoTime() - t0) / 1e6;
                if (r.applied() < 3 * CASES) {
                    throw new AssertionError("not all applied: " + r);
                }
                long t1 = System.nanoTime();
                t.exchange().importFile(up);
                again[i] = (System.nanoTime() - t1) / 1e6;
            }
        }
        long size = Files.size(up);
        System.out.printf("exchange file of %,d rows (%,d cases with a party and an attempt each): %,d bytes, %.0f bytes per case%n",
                rows, CASES, size, (double) size / CASES);
        System.out.printf("export at the village                              %8.0f ms (one run)%n", export);
        System.out.printf("import at the township                      median %8.0f ms  (min %.0f, max %.0f)%n", median(imports), min(imports), max(imports));
        System.out.printf("the same file imported again                median %8.0f ms  (min %.0f, max %.0f)%n", median(again), min(again), max(again));
        System.out.printf("baseline: H2 inserting the same rows by SQL median %8.0f ms  (min %.0f, max %.0f)%n", median(baseline), min(baseline),
                max(baseline));
    }


    private static void insertVillageWork(Statement st, Unit unit) throws java.sql.SQLException {
        st.execute("""
                insert into mediation_case(id, case_year, case_seq, case_number, committee, source, dispute_type_id, unit_id, summary,
                    people_involved, risk_level, received_date, status, current_level, created_at, updated_at)
                select random_uuid(), 2026, x, '（2026）%1$s人调字第' || lpad(cast(x as varchar), 5, '0') || '号', '%2$s', 'PARTY_APPLICATION',
                    (select min(id) from dispute_type), '%2$s', '村里登记的纠纷，双方对宅基地边界各执一词' || x, 2, 'YELLOW',
                    date '2026-11-01', 'IN_MEDIATION', 'VILLAGE', now(), now()
                from system_range(1, %3$d)
                """.formatted(unit.name(), unit.id(), CASES));
        st.execute("""
                insert into party(id, case_id, role, sort_order, name, phone, created_at, updated_at)
                select random_uuid(), id, 'APPLICANT', 0, '申请人' || case_seq, '1390000' || lpad(cast(case_seq as varchar), 4, '0'), now(), now()
                from mediation_case where committee <> ''
                """);
        st.execute("""
                insert into mediation_attempt(id, case_id, level, kind, attempt_date, place, facts, result, created_at, updated_at)
                select random_uuid(), id, 'VILLAGE', 'PEOPLES', date '2026-11-03', '村委会', '双方陈述，调解员释法说理', 'PARTIAL', now(), now()
                from mediation_case where committee <> ''
                """);
        // and a history entry for each row, as registering and mediating write them (they travel with the rows)
        for (String table : new String[] {"mediation_case", "party", "mediation_attempt"}) {
            st.execute("""
                    insert into audit_log(id, user_name, table_name, row_id, action, changes, created_at, updated_at)
                    select random_uuid(), '%2$s', '%1$s', id, 'INSERT',
                        '[{"field":"summary","before":"","after":"村里登记的纠纷，双方对宅基地边界各执一词"},{"field":"peopleInvolved","before":"","after":"2"},{"field":"riskLevel","before":"","after":"YELLOW"},{"field":"receivedDate","before":"","after":"2026-11-01"}]',
                        now(), now()
                    from %1$s where %3$s
                    """.formatted(table, BENCH_USER, table.equals("mediation_case") ? "committee <> ''"
                            : "case_id in (select id from mediation_case where committee <> '')"));
        }
    }

    static final String BENCH_USER = "王晓燕（基准）";

    private static Connection connect(Path db) throws java.sql.SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + db.toString().replace(".mv.db", "") + ";IFEXISTS=TRUE", "sa", "");
    }

    private static double median(double[] a) {
        double[] s = a.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static double min(double[] a) {
        return Arrays.stream(a).min().orElse(0);
    }

    private static double max(double[] a) {
        return Arrays.stream(a).max().orElse(0);
    }
}
