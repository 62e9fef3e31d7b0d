package org.mediationledger.store;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.mediationledger.model.CaseNumber;

/**
 * Fills a ledger with a county at scale, reproducibly from a seed, in bulk SQL (INSERT … SELECT over a range of
 * numbers: H2's SYSTEM_RANGE, PostgreSQL's generate_series; the few other words that differ are the helpers below): units, ten years of weekly screening rounds with their findings, cases with their whole path
 * (attempts at each level, agreements, performance) and consistent statuses. Pseudo-random choices are a hash of
 * the row number and the seed, so the same seed gives the same file. Only for benchmarks and trials.
 */
public final class CountyGenerator {
    private final DSLContext dsl;

    /** Whether the ledger is on PostgreSQL (else the H2 file): the SQL words below differ. */
    private final boolean pg;

    public CountyGenerator(DSLContext dsl) {
        this.dsl = dsl;
        this.pg = dsl.dialect().family() == org.jooq.SQLDialect.POSTGRES;
    }

    /** "r(x, k) mod m": a deterministic pseudo-random number for row x and purpose k (the same on both engines). */
    private String r(String x, int k, int seed, int m) {
        String mixed = "(" + x + ") * 2654435761";
        String salt = String.valueOf(seed * 1000003L + k * 7919L);
        String h = pg ? "(((" + mixed + ") # " + salt + ") & 2147483647)" : "bitand(bitxor(" + mixed + ", " + salt + "), 2147483647)";
        return "mod(mod(" + h + " * 40503 + " + h + " / 65536, 2147483629), " + m + ")";
    }

    /** The numbers from .. to as a table alias(column). */
    private String range(long from, long to, String alias, String column) {
        return (pg ? "generate_series(" : "system_range(") + from + ", " + to + ") " + alias + "(" + column + ")";
    }

    /** A date some days after another (days: an integer expression). */
    private String plusDays(String days, String date) {
        return pg ? "(" + date + " + cast(" + days + " as int))" : "dateadd(day, " + days + ", " + date + ")";
    }

    private static String year(String date) {
        return "cast(extract(year from " + date + ") as int)";
    }

    /** CaseNumber.format as SQL over columns: the same words, and at least CaseNumber.MIN_DIGITS digits. */
    static String numberSql(String year, String committee, String seq) {
        String digits = "case when " + seq + " < " + (int) Math.pow(10, CaseNumber.MIN_DIGITS - 1) + " then lpad(cast(" + seq
                + " as varchar), " + CaseNumber.MIN_DIGITS + ", '0') else cast(" + seq + " as varchar) end";
        return "concat('" + CaseNumber.OPEN + "', " + year + ", '" + CaseNumber.CLOSE + committee + CaseNumber.WORD + "', " + digits
                + ", '" + CaseNumber.END + "')";
    }

    private static String uuid(String tag, String x) {
        return "cast(concat('00000000-0000-4000-" + tag + "-', lpad(cast(" + x + " as varchar), 12, '0')) as uuid)";
    }

    /**
     * @param typeIds the dispute types to spread the cases and findings over
     * @param progress told what is being written
     */
    public void generate(int seed, int units, int years, int cases, LocalDate end, List<UUID> typeIds, Consumer<String> progress) {
        LocalDate start = end.minusYears(years).plusDays(1);
        int days = (int) java.time.temporal.ChronoUnit.DAYS.between(start, end) + 1;
        int weeks = days / 7;
        String now = "current_timestamp";
        progress.accept("units");
        dsl.execute("drop table if exists gen_type");
        dsl.execute("drop table if exists gen_case");
        dsl.execute("create table gen_type(n int primary key, id uuid)");
        for (int i = 0; i < typeIds.size(); i++) {
            dsl.execute("insert into gen_type values (?, ?)", i, typeIds.get(i));
        }
        int types = typeIds.size();
        // every village existed before the first generated week (a unit counts in the weeks since it was set up)
        dsl.execute("insert into unit(id, name, kind, sort_order, established_on, created_at, updated_at) select " + uuid("8000", "x")
                + ", concat('第', x, '村'), 'VILLAGE', x, ?, " + now + ", " + now + " from " + range(1, units, "r", "x"),
                start.minusYears(1));

        progress.accept("screening rounds");
        dsl.execute("insert into screening_round(id, round_date, unit_id, kind, created_at, updated_at) select " + uuid("8003", "x")
                + ", " + plusDays("mod(x - 1, " + weeks + ") * 7 + " + r("x", 1, seed, 5), "date '" + start + "'") + ", "
                + uuid("8000", "(x - 1) / " + weeks + " + 1") + ", 'ROUTINE', " + now + ", " + now
                + " from " + range(1, (long) units * weeks, "r", "x"));
        progress.accept("findings");
        dsl.execute("insert into finding(id, round_id, sort_order, summary, dispute_type_id, people_involved, risk_level, status, "
                + "created_at, updated_at) select " + uuid("8004", "x * 8 + k") + ", " + uuid("8003", "x") + ", k, '邻里纠纷', "
                + "(select id from gen_type where n = " + r("x * 8 + k", 2, seed, types) + "), 2 + " + r("x * 8 + k", 3, seed, 700)
                + " / (1 + " + r("x * 8 + k", 4, seed, 20) + "), 'YELLOW', case when " + r("x * 8 + k", 5, seed, 10)
                + " < 7 then 'RESOLVED' else 'MONITORING' end, " + now + ", " + now
                + " from " + range(1, (long) units * weeks, "r1", "x") + ", " + range(1, 8, "r2", "k") + " where k <= "
                + r("x", 6, seed, 9));

        progress.accept("cases");
        // o: the path of the case — <45 settled in the village, <75 in the township, <83 at judicial level,
        // <95 failed in the village, else withdrawn; cases of the last 20 days are still registered
        dsl.execute("create table gen_case as select x, " + uuid("8001", "x") + " id, "
                + plusDays(r("x", 7, seed, days), "date '" + start + "'") + " received, " + r("x", 8, seed, 100) + " o, "
                + r("x", 9, seed, units) + " + 1 u, " + r("x", 10, seed, types) + " t from " + range(1, cases, "r", "x"));
        dsl.execute("alter table gen_case add column open boolean");
        dsl.execute("update gen_case set open = received > " + plusDays("-20", "date '" + end + "'"));
        dsl.execute("insert into mediation_case(id, case_year, case_seq, case_number, source, dispute_type_id, unit_id, summary, "
                + "people_involved, risk_level, received_date, status, current_level, created_at, updated_at) "
                + "select id, " + year("received") + ", seq, " + numberSql(year("received"), "县", "seq") + ", "
                + "'PARTY_APPLICATION', (select id from gen_type where n = t), " + uuid("8000", "u") + ", '邻里纠纷', 2, 'YELLOW', received, "
                + "case when open then 'REGISTERED' when o < 83 then 'CLOSED' when o < 95 then 'FAILED' else 'WITHDRAWN' end, "
                + "case when open or o >= 95 then null when o < 45 or o >= 83 then 'VILLAGE' when o < 75 then 'TOWNSHIP' else 'JUDICIAL' end, "
                + now + ", " + now + " from (select g.*, row_number() over (partition by " + year("received")
                + " order by received, x) seq from gen_case g) numbered");
        // the counters move on past the generated numbers (an update where a year has one, else a new row)
        dsl.execute("update case_number_counter set last_seq = last_seq + (select count(*) from gen_case where " + year("received")
                + " = case_year) where committee = '' and case_year in (select " + year("received") + " from gen_case)");
        dsl.execute("insert into case_number_counter (id, case_year, last_seq, created_at, updated_at) select " + uuid("8008", "y")
                + ", y, n, " + now + ", " + now + " from (select " + year("received") + " y, count(*) n from gen_case group by "
                + year("received") + ") s where not exists (select 1 from case_number_counter k where k.committee = '' and k.case_year = s.y)");

        progress.accept("mediation attempts");
        dsl.execute("insert into mediation_attempt(id, case_id, level, kind, attempt_date, result, created_at, updated_at) "
                + "select " + uuid("8005", "x * 4 + k") + ", id, case k when 1 then 'VILLAGE' when 2 then 'TOWNSHIP' else 'JUDICIAL' end, "
                + "'PEOPLES', " + plusDays("k * 2", "received") + ", case when k = case when o < 45 then 1 when o < 75 then 2 when o < 83 then 3 "
                + "else 0 end then 'SUCCESS' else 'FAILURE' end, " + now + ", " + now
                + " from gen_case, " + range(1, 3, "s", "k") + " where not open and o < 95 "
                + "and k <= case when o < 45 then 1 when o < 75 then 2 when o < 83 then 3 else 1 end");
        progress.accept("agreements");
        dsl.execute("insert into agreement(id, case_id, written, reached_date, terms, amount, created_at, updated_at) select "
                + uuid("8006", "x") + ", id, true, " + plusDays("6", "received") + ", '按协议履行', " + r("x", 11, seed, 50000) + ", "
                + now + ", " + now + " from gen_case where not open and o < 83");
        dsl.execute("insert into performance_record(id, case_id, status, record_date, created_at, updated_at) select "
                + uuid("8007", "x") + ", id, case when " + r("x", 12, seed, 10) + " < 9 then 'PERFORMED' else 'PARTLY' end, "
                + plusDays("15", "received") + ", " + now + ", " + now + " from gen_case where not open and o < 83");
        dsl.execute("drop table gen_case");
        dsl.execute("drop table gen_type");
        progress.accept("summary table");
        new StatsRepository(dsl).rebuild();
        new StatsRepository(dsl).rebuildRounds();
        dsl.execute("analyze");
    }

    public long count(String table) {
        return dsl.fetchCount(dsl.selectFrom(org.jooq.impl.DSL.table(org.jooq.impl.DSL.name(table))));
    }

    /**
     * A write that changes nothing but marks the tables the figures read as modified, so that H2 cannot answer a
     * repeated query from its cached result (as after a clerk saved something): the benchmark calls it before each run.
     */
    public void touch() {
        for (String t : List.of("case_fact", "mediation_case", "mediation_attempt", "screening_round", "finding")) {
            String key = t.equals("case_fact") ? "fact_key" : "id";
            // the first row in key order (PostgreSQL has no min() of a uuid)
            dsl.execute("update " + t + " set deleted = deleted where " + key + " = (select " + key + " from " + t + " order by " + key
                    + " limit 1)");
        }
    }

    /** The naive way: one plain GROUP BY joining the cases of a period with all their attempts (the benchmark's baseline). */
    public int plainGroupBy(LocalDate from, LocalDate to) {
        return dsl.fetch("select c.unit_id, a.level, a.result, count(*) from mediation_case c join mediation_attempt a on a.case_id = c.id "
                + "where c.received_date between ? and ? and not c.deleted and not a.deleted group by c.unit_id, a.level, a.result", from, to)
                .size();
    }
}
