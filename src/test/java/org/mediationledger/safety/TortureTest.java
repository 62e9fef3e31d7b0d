package org.mediationledger.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;
import org.mediationledger.cli.Cli;
import org.mediationledger.cli.CliTestData;
import org.mediationledger.service.BackupService;
import org.mediationledger.service.Services;

/**
 * The way a year is loaded through the command line: hundreds of runs that open, write and close the file, then a
 * hundred that only read figures. The file stays sound, passes `check`, and the strictest H2 there is (the newest)
 * reads it. A file written by H2 2.3.232 is rebuilt cleanly on its first open.
 */
class TortureTest {
    static final Path STRICT_H2 = Path.of("target/h2-versions/h2-strict.jar");
    static final Path OLD_H2 = Path.of("target/h2-versions/h2-old.jar");

    @TempDir
    Path dir;

    int run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = new Cli((p, m, c) -> Composition.open(p, m, TestData.CLOCK, c), new PrintWriter(out), new PrintWriter(err)).run(args);
        assertThat(err.toString()).doesNotContain("意外错误", "Exception");
        return code;
    }

    @Test
    void hundredsOfOpenWriteCloseCyclesLeaveASoundFile() throws Exception {
        Path db = dir.resolve("ledger.mv.db");
        assertThat(run("demo", "--db", db.toString())).isZero();
        Path one = dir.resolve("one.json");
        int writes = 250;
        for (int i = 0; i < writes; i++) {
            Files.writeString(one, CliTestData.VALID.replace("欧阳锋", "循环" + i));
            assertThat(run("cases", "add", "--file", one.toString(), "--db", db.toString())).isZero();
        }
        for (int i = 0; i < 100; i++) {
            assertThat(run("stats", "--from", "2026-01-01", "--to", "2026-11-" + (10 + i % 16), "--db", db.toString())).isZero();
        }
        LedgerFacts facts = LedgerFacts.read(db);
        facts.assertSound();
        assertThat(facts.numbers).hasSize(12 + writes);
        assertThat(BackupService.check(db)).containsEntry("MEDIATION_CASE", 12L + writes);
        assertThat(strictCount(db)).isEqualTo(12 + writes);
        System.out.printf("torture: %d open-write-close and 100 open-read-close runs; file %d KB, sound, read by H2 %s%n", writes,
                Files.size(db) / 1024, "2.5.252");
    }

    @Test
    void aFileWrittenByTheOldH2IsRebuiltCleanlyOnItsFirstOpen() throws Exception {
        Path made = dir.resolve("made.mv.db");
        try (Services s = Composition.open(made, TestData.ZH, TestData.CLOCK, true)) {
            s.demo().load();
        }
        // the same ledger as a file of the last release: schema V12, written by H2 2.3.232
        Path script = dir.resolve("old.sql");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + made.toString().replace(".mv.db", ""), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("delete from \"flyway_schema_history\" where \"version\" in ('13', '14', '15', '16', '17', '18', '19', '20', '21', '22')");
            // and without what V14 to V22 add, as a V12 file had it
            s.execute("drop table search_pending");
            s.execute("drop table search_gram");
            s.execute("drop table search_case");
            s.execute("drop index ux_audit_origin");
            s.execute("alter table audit_log drop column origin");
            s.execute("drop table exchange_conflict");
            s.execute("drop table exchange_sent");
            s.execute("drop table exchange_base");
            s.execute("drop table exchange_node");
            s.execute("alter table mediation_case drop constraint uq_mediation_case_number");
            s.execute("alter table mediation_case drop column committee");
            s.execute("alter table mediation_case add constraint uq_mediation_case_number unique (case_year, case_seq)");
            s.execute("alter table case_number_counter drop constraint uq_case_number_counter_year");
            s.execute("alter table case_number_counter drop column committee");
            s.execute("alter table case_number_counter add constraint uq_case_number_counter_year unique (case_year)");
            s.execute("drop table data_key");
            s.execute("drop index ix_party_id_hash");
            s.execute("alter table party drop column id_number_hash");
            s.execute("drop table account");
            s.execute("drop table audit_chain");
            s.execute("drop index ux_audit_seq");
            s.execute("alter table audit_log drop column prev_hash");
            s.execute("alter table audit_log drop column hash");
            s.execute("alter table mediation_case drop column terminated_date");
            s.execute("alter table mediation_case drop column termination_reason");
            s.execute("alter table unit drop column established_on");
            s.execute("alter table unit drop column retired_on");
            s.execute("alter table micro_grid drop column retired_on");
            s.execute("alter table staff drop column retired_on");
            s.execute("SCRIPT TO '" + script + "'");
        }
        Path old = dir.resolve("ledger.mv.db");
        try (ChildJvm h2 = ChildJvm.startWith(List.of(OLD_H2.toAbsolutePath()), "org.h2.tools.RunScript", "-url",
                "jdbc:h2:file:" + old.toString().replace(".mv.db", ""), "-user", "sa", "-script", script.toString())) {
            assertThat(h2.waitFor(60)).as(h2.output()).isZero();
        }
        assertThat(old).exists();
        byte[] oldBytes = Files.readAllBytes(old);

        try (Services s = Composition.open(old, TestData.ZH, TestData.CLOCK, false)) {
            assertThat(s.cases().countAll()).isEqualTo(12);
            s.cases().register(TestData.draft(s.reference().load(), "重建后登记", "甲", "乙"));
        }
        // the old file is kept as it was, beside the backups
        Path kept;
        try (var files = Files.list(dir.resolve("backups"))) {
            kept = files.filter(p -> p.getFileName().toString().startsWith("ledger-before-rebuild-")).findFirst().orElseThrow();
        }
        assertThat(Files.readAllBytes(kept)).isEqualTo(oldBytes);
        LedgerFacts facts = LedgerFacts.read(old);
        facts.assertSound();
        assertThat(facts.numbers).hasSize(13);
        assertThat(BackupService.schemaVersion(old)).as("upgraded to the newest script").isEqualTo(newestMigration());
        assertThat(strictCount(old)).isEqualTo(13);
    }

    /** The number of cases as the newest H2 reads them, in a JVM of its own. */
    static int strictCount(Path db) throws Exception {
        Path sql = db.resolveSibling("count.sql");
        Files.writeString(sql, "select 'CASES=' || count(*) from mediation_case;\n");
        try (ChildJvm h2 = ChildJvm.startWith(List.of(STRICT_H2.toAbsolutePath()), "org.h2.tools.RunScript", "-url",
                "jdbc:h2:file:" + db.toString().replace(".mv.db", "") + ";ACCESS_MODE_DATA=r;FILE_LOCK=NO", "-user", "sa",
                "-script", sql.toString(), "-showResults")) {
            assertThat(h2.waitFor(60)).as(h2.output()).isZero();
            String line = h2.lines.stream().filter(l -> l.contains("CASES=")).reduce((a, b) -> b).orElseThrow(() ->
                    new AssertionError(h2.output()));
            return Integer.parseInt(line.replaceAll(".*CASES=(\\d+).*", "$1"));
        }
    }

    /** The newest schema version this program's scripts reach (the highest V of db/migration). */
    private static int newestMigration() throws java.io.IOException {
        try (var files = Files.list(Path.of("db/migration"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__")))).max().orElseThrow();
        }
    }
}
