package org.mediationledger.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;
import org.mediationledger.model.CaseFilter;
import org.mediationledger.service.Services;

/**
 * The power goes while a ledger's numbers are being sealed (kill -9 of the program running `accounts init`, after its
 * backup and during the sealing): on reopening, either no number is sealed and there is no key, or every number is
 * sealed under the key — never a mixture — and the administrator's login reads every number as it was.
 */
class EncryptionCrashTest {
    @TempDir
    Path dir;

    private static final int EXTRA_PARTIES = 4000;

    @Test
    void killedWhileSealingLeavesAllOrNothingAndTheNumbersReadBack() throws Exception {
        for (int delay : new int[] {1500, 3000}) {
            Path db = dir.resolve("run-" + delay).resolve("ledger.mv.db");
            try (Services s = Composition.open(db, TestData.ZH, TestData.CLOCK, true)) {
                s.demo().load();
            }
            try (Connection c = connect(db); Statement st = c.createStatement()) {
                st.execute("""
                        insert into party(id, case_id, role, sort_order, name, phone, address, id_number, created_at, updated_at)
                        select random_uuid(), (select min(id) from mediation_case), 'APPLICANT', 10 + x, '批量' || x,
                            '139' || lpad(cast(x as varchar), 8, '0'), '青山镇东山村' || x || '号', '440301198001' || lpad(cast(x as varchar), 6, '0'),
                            now(), now()
                        from system_range(1, %d)
                        """.formatted(EXTRA_PARTIES));
            }
            try (ChildJvm child = ChildJvm.startWithEnv(dir, Map.of("ML_PASSWORD", "admin-pass-1"), "org.mediationledger.app.Main",
                    "accounts", "init", "--name", "admin", "--db", db.toString())) {
                Path backups = db.resolveSibling("backups");
                long until = System.currentTimeMillis() + 60_000;
                while (!backupWritten(backups) && child.process.isAlive() && System.currentTimeMillis() < until) {
                    Thread.sleep(5);
                }
                assertThat(backupWritten(backups)).as(child.output()).isTrue();
                Thread.sleep(delay);
                child.kill();
            }
            long sealed;
            long clear;
            int keys;
            try (Connection c = connect(db); Statement st = c.createStatement()) {
                sealed = count(st, "select count(*) from party where id_number like 'e1:%'");
                clear = count(st, "select count(*) from party where id_number is not null and id_number not like 'e1:%'");
                keys = (int) count(st, "select count(*) from data_key");
            }
            System.out.printf("killed %d ms after the backup: %d sealed, %d clear, %d key%n", delay, sealed, clear, keys);
            assertThat(sealed == 0 && keys == 0 || clear == 0 && keys == 1).as("%d sealed, %d clear, %d keys", sealed, clear, keys).isTrue();
            try (Services s = Composition.open(db, TestData.ZH, TestData.CLOCK, false)) {
                assertThat(s.accounts().enabled()).as("the administrator was saved before the sealing began").isTrue();
                s.accounts().login("admin", "admin-pass-1".toCharArray());
                assertThat(s.accounts().encrypted()).isTrue();
                var c = s.cases().search(CaseFilter.all(), 0, 100).rows().stream()
                        .map(x -> s.cases().get(x.id()).orElseThrow())
                        .filter(x -> x.draft().parties().size() > EXTRA_PARTIES).findFirst().orElseThrow();
                assertThat(c.draft().parties()).filteredOn(p -> p.name().startsWith("批量")).hasSize(EXTRA_PARTIES)
                        .allSatisfy(p -> {
                            String n = p.name().substring(2);
                            assertThat(p.idNumber()).isEqualTo("440301198001" + "0".repeat(6 - n.length()) + n);
                            assertThat(p.phone()).isEqualTo("139" + "0".repeat(8 - n.length()) + n);
                        });
            }
            try (Connection c = connect(db); Statement st = c.createStatement()) {
                assertThat(count(st, "select count(*) from party where id_number is not null and id_number not like 'e1:%'")).isZero();
            }
        }
    }

    private static boolean backupWritten(Path backups) throws java.io.IOException {
        if (!Files.isDirectory(backups)) {
            return false;
        }
        try (Stream<Path> f = Files.list(backups)) {
            return f.anyMatch(p -> p.getFileName().toString().contains("-before-encryption-") && p.toString().endsWith(".zip"));
        }
    }

    private static Connection connect(Path db) throws java.sql.SQLException {
        return DriverManager.getConnection("jdbc:h2:file:" + db.toString().replace(".mv.db", "") + ";IFEXISTS=TRUE", "sa", "");
    }

    private static long count(Statement st, String sql) throws java.sql.SQLException {
        try (ResultSet r = st.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }
}
