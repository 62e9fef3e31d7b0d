package org.mediationledger.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntSupplier;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;
import org.mediationledger.model.CaseFilter;
import org.mediationledger.service.ReferenceData;
import org.mediationledger.service.Services;
import org.mediationledger.store.Database;

/**
 * How the case list answers on a large register: 100,000 cases with 200,000 parties. Prints the median of
 * several runs of what the list does (count + one page) beside plain scans of the same tables in the same run.
 * Not part of `mvn verify`; run with: mvn test -Dgroups=benchmark -DexcludedGroups= -Dtest=RegisterSearchBenchmark
 */
@Tag("benchmark")
class RegisterSearchBenchmark {
    static final int CASES = Integer.getInteger("bench.cases", 250_000);
    static final int RUNS = 9;

    @Test
    void searchOnALargeRegister() throws Exception {
        Path dir = Files.createTempDirectory("ledger-bench");
        Path file = dir.resolve("ledger");
        try (Services s = Composition.open(file, TestData.ZH, TestData.CLOCK)) {
            s.demo().load();
        }
        long t0 = System.nanoTime();
        try (Database db = Database.open(file)) {
                db.dsl().execute("""
                        insert into mediation_case(id, case_year, case_seq, case_number, source, dispute_type_id, unit_id, summary,
                            people_involved, amount_involved, risk_level, received_date, status, created_at, updated_at)
                        select random_uuid(), 2000 + x / 10000, 1000 + mod(x, 10000),
                            '（' || (2000 + x / 10000) || '）青山镇人调字第' || (1000 + mod(x, 10000)) || '号', 'PARTY_APPLICATION',
                            t.id, u.id,
                            '第' || x || '号纠纷：' || case mod(x, 3) when 0 then '邻里排水沟堵塞引发争执' when 1 then '宅基地界址不清' else '务工工资未结清' end,
                            1 + mod(x, 9), mod(x, 50000), case mod(x, 5) when 0 then 'RED' else 'YELLOW' end,
                            dateadd(day, -mod(x, 3650), date '2026-11-26'), 'REGISTERED', now(), now()
                        from system_range(1, %d)
                        join (select id, row_number() over (order by sort_order) - 1 as k from dispute_type) t on t.k = mod(x, 15)
                        join (select id, row_number() over (order by sort_order) - 1 as k from unit) u on u.k = mod(x, 8)
                        """.formatted(CASES));
        }
        try (Database db = Database.open(file)) {
            db.dsl().execute("""
                    insert into party(id, case_id, role, sort_order, name, phone, created_at, updated_at)
                    select random_uuid(), c.id, r.role, r.o, r.surname || c.case_seq || '-' || c.case_year, '13800000000', now(), now()
                    from mediation_case c cross join (select 'APPLICANT' role, 0 o, '张' surname union all select 'RESPONDENT', 1, '李') r
                    """);
        }
        System.out.printf("generated %,d cases with %,d parties in %.1f s%n", CASES, 2 * CASES, (System.nanoTime() - t0) / 1e9);

        try (Services s = Composition.open(file, TestData.ZH, TestData.CLOCK); Database raw = Database.open(file)) {
            long i0 = System.nanoTime();
            int indexed = s.cases().catchUpSearchIndex(); // the first search on such a file does this in the background
            System.out.printf("search index brought up to date: %,d cases in %.1f s%n", indexed, (System.nanoTime() - i0) / 1e9);
            ReferenceData ref = s.reference().load();
            var unit = ref.units().get(2);
            int[] n = {0};
            // vary the text every run: H2 caches the result of an identical query
            report("list, first page, no filter", () -> (int) s.cases().search(CaseFilter.all(), 50 * (n[0]++ % 5), 50).total());
            report("search a party name (张1234-2003)", () -> (int) s.cases().search(
                    new CaseFilter(null, null, null, null, null, null, "张" + (1000 + n[0]++ % 9000) + "-2003"), 0, 50).total());
            report("search a summary word", () -> (int) s.cases().search(
                    new CaseFilter(null, null, null, null, null, null, n[0]++ % 2 == 0 ? "宅基地" : "排水沟"), 0, 50).total());
            report("unit + date range + risk", () -> (int) s.cases().search(new CaseFilter(unit.id(), null, null,
                    org.mediationledger.model.RiskLevel.RED, TestData.TODAY.minusDays(365 + n[0]++ % 30), TestData.TODAY, null), 0, 50).total());
            report("baseline: count(*) of all cases", () -> ((Number) raw.dsl().fetchValue(
                    "select count(*) from mediation_case where people_involved > " + (n[0]++ % 2))).intValue());
            report("baseline: full scan of party names", () -> ((Number) raw.dsl().fetchValue(
                    "select count(*) from party where name like '%" + (1000 + n[0]++ % 9000) + "%'")).intValue());
        }
    }

    static void report(String what, IntSupplier work) {
        work.getAsInt(); // warm up
        work.getAsInt();
        List<Double> ms = new ArrayList<>();
        int rows = 0;
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            rows = work.getAsInt();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        System.out.printf("%-38s median %7.1f ms  (min %6.1f, max %6.1f; %d rows matched)%n", what, ms.get(RUNS / 2),
                ms.get(0), ms.get(RUNS - 1), rows);
    }
}
