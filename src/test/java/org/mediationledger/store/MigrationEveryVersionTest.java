package org.mediationledger.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mediationledger.TestData;
import org.mediationledger.model.Measure;
import org.mediationledger.model.Period;
import org.mediationledger.service.Services;

/**
 * A ledger left at any earlier schema version opens in this program: the real Flyway scripts take it to the newest
 * version, and a township's work entered afterwards counts the same from the summary tables as recounted from the
 * cases and rounds themselves. (Data written by an old version is tested row by row in MigrationV14V15Test.)
 */
class MigrationEveryVersionTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "a ledger at V{0}")
    @ValueSource(ints = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20})
    void aLedgerAtAnEarlierVersionUpgradesAndCountsRight(int version) {
        String url = "jdbc:h2:file:" + dir.resolve("ledger").toAbsolutePath();
        var old = Flyway.configure().dataSource(url, "sa", "").locations(Database.MIGRATIONS).target(String.valueOf(version))
                .load();
        old.migrate();
        assertThat(old.info().current().getVersion().getVersion()).isEqualTo(String.valueOf(version));
        try (Services s = TestData.open(dir)) {
            s.demo().load();
            Period year = Period.year(TestData.TODAY.getYear());
            var fast = s.stats().figures(year, null, null);
            var recount = s.stats().recount(year, null);
            for (Measure m : Measure.values()) {
                assertThat(fast.count(m)).as("%s after V%d", m, version).isEqualTo(recount.count(m));
            }
            assertThat(fast.count(Measure.ACCEPTED)).isEqualTo(12);
            assertThat(fast.screening().rounds()).isEqualTo(recount.screening().rounds()).isPositive();
        }
        var now = Flyway.configure().dataSource(url, "sa", "").locations(Database.MIGRATIONS).load().info();
        assertThat(now.pending()).isEmpty();
        assertThat(Integer.parseInt(now.current().getVersion().getVersion())).isGreaterThan(version);
    }
}
