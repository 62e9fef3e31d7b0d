package org.mediationledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.model.CaseStatus;
import org.mediationledger.model.PathState;
import org.mediationledger.model.Unit;
import org.mediationledger.service.Services;

/**
 * A ledger of the schema before V14 and V15, written row by row as the old program left it, then opened by this
 * program through the real Flyway scripts: a case that a failed attempt concluded keeps its figures (ended on that
 * attempt's day); units get the day they were set up from their earliest record; a village deleted with its history
 * (possible before deleting was refused) comes back as retired, so its weeks and case count again.
 */
class MigrationV14V15Test {
    @TempDir
    Path dir;

    @Test
    void oldFailedCasesAndUnitsComeThroughWithTheirFiguresKept() throws Exception {
        Path base = dir.resolve("ledger");
        String url = "jdbc:h2:file:" + base.toAbsolutePath();
        Flyway.configure().dataSource(url, "sa", "").locations(Database.MIGRATIONS).target("13").load().migrate();
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            String now = "timestamp '2026-03-01 09:00:00'";
            s.execute("insert into unit(id, name, kind, sort_order, created_at, updated_at) values "
                    + "('00000000-0000-0000-0000-000000000001', '东山村', 'VILLAGE', 1, " + now + ", " + now + "),"
                    + "('00000000-0000-0000-0000-000000000002', '新田村', 'VILLAGE', 2, " + now + ", timestamp '2026-10-20 15:00:00'),"
                    + "('00000000-0000-0000-0000-000000000003', '空村', 'VILLAGE', 3, " + now + ", " + now + ")");
            s.execute("update unit set deleted = true where name in ('新田村', '空村')");
            s.execute("insert into dispute_type_list(id, list_version, title, active, created_at, updated_at) values "
                    + "('00000000-0000-0000-0000-0000000000a1', 1, '类型', true, " + now + ", " + now + ")");
            s.execute("insert into dispute_type(id, list_id, name, sort_order, created_at, updated_at) values "
                    + "('00000000-0000-0000-0000-0000000000b1', '00000000-0000-0000-0000-0000000000a1', '邻里', 1, " + now + ", " + now + ")");
            s.execute("insert into screening_round(id, round_date, unit_id, kind, created_at, updated_at) values "
                    + "('00000000-0000-0000-0000-0000000000c1', date '2026-01-06', '00000000-0000-0000-0000-000000000002', 'ROUTINE', "
                    + now + ", " + now + ")");
            // the screening summary the old program kept beside its rounds (V10)
            s.execute("insert into round_fact(fact_key, round_id, unit_id, round_date, deleted, findings, handled) values "
                    + "(datediff(day, date '1970-01-01', date '2026-01-06') * 4294967296 + 1, '00000000-0000-0000-0000-0000000000c1', '00000000-0000-0000-0000-000000000002', date '2026-01-06', false, 0, 0)");
            s.execute("insert into mediation_case(id, case_year, case_seq, case_number, source, dispute_type_id, unit_id, summary, "
                    + "people_involved, risk_level, received_date, status, created_at, updated_at) values "
                    + "('00000000-0000-0000-0000-0000000000d1', 2026, 1, '（2026）青山镇人调字第001号', 'PARTY_APPLICATION', "
                    + "'00000000-0000-0000-0000-0000000000b1', '00000000-0000-0000-0000-000000000001', '邻里纠纷', 2, 'BLUE', "
                    + "date '2026-02-10', 'FAILED', " + now + ", " + now + ")");
            s.execute("insert into mediation_attempt(id, case_id, level, kind, attempt_date, result, created_at, updated_at) values "
                    + "('00000000-0000-0000-0000-0000000000e1', '00000000-0000-0000-0000-0000000000d1', 'VILLAGE', 'PEOPLES', "
                    + "date '2026-02-12', 'FAILURE', " + now + ", " + now + ")");
        }
        try (Services s = TestData.open(dir)) {
            PathState p = s.path().path(java.util.UUID.fromString("00000000-0000-0000-0000-0000000000d1"));
            assertThat(p.status()).isEqualTo(CaseStatus.FAILED);
            assertThat(p.termination().date()).isEqualTo(LocalDate.of(2026, 2, 12));
            assertThat(p.termination().reason()).contains("调解不成");
            // the escalation still possible for such a case, as before the upgrade
            assertThat(org.mediationledger.model.CasePath.allowed(p.status(), org.mediationledger.model.CaseAction.ESCALATE)).isTrue();

            var units = s.reference().load().units();
            assertThat(units).extracting(Unit::name).containsExactly("东山村", "新田村");
            Unit east = units.get(0);
            Unit xintian = units.get(1);
            // 东山村: entered 1 March, its case received 10 February: set up by the earlier
            assertThat(east.establishedOn()).isEqualTo(LocalDate.of(2026, 2, 10));
            assertThat(east.retired()).isFalse();
            // 新田村: deleted on 20 October with a round of 6 January: back, retired on the day it was deleted
            assertThat(xintian.establishedOn()).isEqualTo(LocalDate.of(2026, 1, 6));
            assertThat(xintian.retiredOn()).isEqualTo(LocalDate.of(2026, 10, 20));
            assertThat(s.reference().load().activeUnits()).extracting(Unit::name).containsExactly("东山村");
            // its January week counts again for that period's compliance
            var board = s.screening().compliance(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 11), null);
            assertThat(board.rows()).extracting(r -> r.unit().name()).contains("新田村");
            assertThat(board.rows().stream().filter(r -> r.unit().name().equals("新田村")).findFirst().orElseThrow().met()).isEqualTo(1);
        }
    }
}
