package org.mediationledger.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.model.DataFileException;

class DatabaseTest {
    @TempDir
    Path dir;

    @Test
    void theNewestSchemaConstantIsTheNewestScript() throws Exception {
        try (var files = Files.list(Path.of("db/migration"))) {
            int newest = files.map(f -> f.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
            assertThat(Database.NEWEST_SCHEMA).as("a ledger at an older version must go through Flyway").isEqualTo(newest);
        }
    }

    @Test
    void aFileClosedCleanlyOpensWithoutTheFullReadAndAnyChangedByteBringsTheCheckBack() throws Exception {
        Path file = dir.resolve("ledger.mv.db");
        try (Database db = Database.open(file, Database.Mode.CREATE_IF_MISSING)) {
            insertSetting(db, "test.x", "y");
        }
        assertThat(LedgerFiles.unchangedSinceClose(file)).as("the digest recorded at close matches").isTrue();
        try (Database db = Database.open(file)) {
            assertThat(db.schemaCheckedByFlyway()).as("a file at the newest schema opens without Flyway").isFalse();
            assertThat(db.dsl().fetchCount(org.mediationledger.store.generated.Tables.APP_SETTING)).isPositive();
        }
        assertThat(LedgerFiles.unchangedSinceClose(file)).isTrue();
        // the same bytes but one, in the middle of the file (where H2 keeps its pages): no longer the file closed
        byte[] bytes = Files.readAllBytes(file);
        int at = bytes.length / 2;
        bytes[at] ^= 0x5a;
        Files.write(file, bytes);
        assertThat(LedgerFiles.unchangedSinceClose(file)).isFalse();
    }

    @Test
    void createsAndMigratesANewFileWithoutBackup() {
        try (Database db = Database.open(dir.resolve("sub/ledger"), Database.Mode.CREATE_IF_MISSING)) {
            assertThat(db.file()).isEqualTo(dir.resolve("sub/ledger.mv.db"));
            assertThat(Files.exists(db.file())).isTrue();
            List<String> tables = db.dsl().fetch("select table_name from information_schema.tables where table_schema='PUBLIC'")
                    .getValues(0, String.class);
            assertThat(tables).contains("MEDIATION_CASE", "PARTY", "AUDIT_LOG", "UNIT", "MICRO_GRID", "STAFF", "DISPUTE_TYPE");
            assertThat(db.backupBeforeMigration()).isEmpty();
        }
    }

    @Test
    void everyTableHasTheCommonColumns() {
        try (Database db = Database.open(dir.resolve("ledger"), Database.Mode.CREATE_IF_MISSING)) {
            var rows = db.dsl().fetch("select table_name, column_name, data_type from information_schema.columns "
                    + "where table_schema='PUBLIC' and table_name <> 'flyway_schema_history'");
            var tables = rows.intoGroups(r -> r.get(0, String.class), r -> r.get(1, String.class) + ":" + r.get(2, String.class));
            assertThat(tables).hasSizeGreaterThan(8);
            // case_fact is a summary derived from the cases and rebuilt from them (docs/decisions/0004): it holds no data of its own
            assertThat(tables).containsKeys("CASE_FACT", "ROUND_FACT");
            tables.remove("CASE_FACT");
            tables.remove("ROUND_FACT");
            // so is the search box's word index (docs/decisions/0016): derived from the cases, rebuilt from them at any time
            assertThat(tables).containsKeys("SEARCH_CASE", "SEARCH_GRAM", "SEARCH_PENDING");
            tables.remove("SEARCH_CASE");
            tables.remove("SEARCH_GRAM");
            tables.remove("SEARCH_PENDING");
            tables.forEach((table, cols) -> assertThat(cols).as(table)
                    .contains("ID:UUID", "CREATED_AT:TIMESTAMP", "UPDATED_AT:TIMESTAMP", "VERSION:INTEGER", "DELETED:BOOLEAN"));
        }
    }

    @Test
    void anExistingFileIsBackedUpBeforeAMigrationChangesIt() throws Exception {
        Path file = dir.resolve("ledger");
        try (Database db = Database.open(file, Database.Mode.CREATE_IF_MISSING)) {
            insertSetting(db, "township.name", "青山镇");
        }
        try (Database db = Database.open(file, Database.withMigrations("classpath:testmigration"))) {
            assertThat(db.schemaCheckedByFlyway()).as("other scripts beside the product's: Flyway decides").isTrue();
            Path backup = db.backupBeforeMigration().orElseThrow();
            assertThat(backup.getParent()).isEqualTo(dir.resolve("backups"));
            assertThat(backup.getFileName().toString()).startsWith("ledger-before-v900-").endsWith(".zip");
            assertThat(Files.size(backup)).isPositive();
            assertThat(db.dsl().fetchCount(org.jooq.impl.DSL.table("upgrade_probe"))).isZero();
        }
        // opening again with nothing pending makes no further backup
        try (Database db = Database.open(file, Database.withMigrations("classpath:testmigration"))) {
            assertThat(db.backupBeforeMigration()).isEmpty();
        }
    }

    @Test
    void aFileHeldExclusivelyGetsASentenceKey() throws Exception {
        Path file = dir.resolve("ledger");
        Database.open(file, Database.Mode.CREATE_IF_MISSING).close();
        String url = "jdbc:h2:file:" + dir.resolve("ledger").toAbsolutePath() + ";AUTO_SERVER=TRUE";
        try (Connection c = DriverManager.getConnection(url, "sa", ""); Statement s = c.createStatement()) {
            s.execute("SET EXCLUSIVE 1");
            assertThatThrownBy(() -> Database.open(file)).isInstanceOf(DataFileException.class)
                    .extracting(e -> ((DataFileException) e).reasonKey()).isEqualTo("db.error.locked");
        }
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.ValueSource(ints = {7400, 8192, 100_000})
    void aFileThatIsNoDatabaseGetsASentenceKey(int size) throws Exception {
        Path junk = dir.resolve("junk.mv.db");
        byte[] bytes = new byte[size];
        new java.util.Random(size).nextBytes(bytes);
        Files.write(junk, bytes);
        assertThatThrownBy(() -> Database.open(junk)).isInstanceOf(DataFileException.class)
                .extracting(e -> ((DataFileException) e).reasonKey()).isEqualTo("db.error.corrupt");
    }

    @Test
    void aFolderGivenAsFileGetsASentenceKey() throws Exception {
        Files.createDirectories(dir.resolve("folder.mv.db"));
        assertThatThrownBy(() -> Database.open(dir.resolve("folder.mv.db"))).isInstanceOf(DataFileException.class)
                .extracting(e -> ((DataFileException) e).reasonKey()).isEqualTo("db.error.isDirectory");
    }

    private static void insertSetting(Database db, String key, String value) {
        db.dsl().execute("insert into app_setting(id, setting_key, setting_value, created_at, updated_at) "
                + "values (random_uuid(), ?, ?, now(), now())", key, value);
    }
}
