package org.mediationledger.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;
import org.mediationledger.cli.Cli;
import org.mediationledger.service.Services;

/**
 * Files that must not be opened: cut short, overwritten in places, a picture, a foreign database, one from a newer
 * program, a path with no file. Each is refused with one sentence and left byte for byte as it was; a damaged file
 * is never shown as a partial ledger.
 */
class DamagedFileTest {
    @TempDir
    static Path shared;
    static Path good;

    @TempDir
    Path dir;
    String out;
    String err;

    @BeforeAll
    static void aGoodLedger() {
        good = shared.resolve("good.mv.db");
        try (Services s = Composition.open(good, TestData.ZH, TestData.CLOCK, true)) {
            s.demo().load();
        }
    }

    int run(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = new Cli((p, m, c) -> Composition.open(p, m, TestData.CLOCK, c), new PrintWriter(o), new PrintWriter(e)).run(args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    static String hash(Path f) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"empty", "8k", "png", "text", "header"})
    void aDamagedOrForeignFileIsRefusedUnchanged(String damage) throws Exception {
        Path f = dir.resolve("ledger.mv.db");
        Files.copy(good, f);
        Files.copy(seen(good), seen(f)); // what the program recorded when it last closed the file stays beside it
        long size = Files.size(f);
        switch (damage) {
            case "empty" -> Files.write(f, new byte[0]);
            case "8k" -> truncate(f, 8192);
            case "half" -> truncate(f, size / 2);
            case "png" -> Files.copy(Path.of("docs/dashboard.png"), f, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            case "text" -> Files.writeString(f, "矛盾纠纷排查台账\n".repeat(1000));
            case "header" -> overwrite(f, 0, new byte[4096], 0);
            default -> throw new IllegalArgumentException(damage);
        }
        String before = hash(f);
        assertThat(run("cases", "list", "--db", f.toString())).isEqualTo(Cli.INVALID_DATA);
        assertThat(err).containsAnyOf("已损坏或不是本程序的数据文件", "比上次关闭时少").containsAnyOf("文件没有被改动", "文件未被改动")
                .doesNotContain("Exception", "意外错误");
        assertThat(run("check", "--db", f.toString())).isEqualTo(Cli.INVALID_DATA);
        assertThat(hash(f)).as("the file is left as it was").isEqualTo(before);
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()).toList())
                .containsExactlyInAnyOrder("ledger.mv.db", "ledger.seen.properties");
    }

    /**
     * Cut to a half, a third, two thirds, or overwritten in random 4 KB blocks: refused unchanged — or, where the cut
     * or the damage fell only on space the file no longer uses (H2 writes new chunks into freed space, so the newest
     * state can lie wholly in the first part), opened with every case and every history entry it had at its last close.
     * Never a partial ledger.
     */
    @Test
    void cutOrRandomDamageNeverShowsAPartialLedger() throws Exception {
        Random random = new Random(4);
        int refused = 0;
        for (int trial = 0; trial < 11; trial++) {
            Path f = dir.resolve("r" + trial + ".mv.db");
            Files.copy(good, f);
            Files.copy(seen(good), seen(f));
            long size = Files.size(f);
            if (trial < 3) {
                truncate(f, size * (trial + 1) / 4);
            } else {
                for (int b = 0; b < 6; b++) {
                    overwrite(f, 4096 + (long) (random.nextDouble() * (size - 8192)), new byte[4096], random.nextLong());
                }
            }
            String before = hash(f);
            int code = run("cases", "list", "--format", "json", "--db", f.toString());
            if (code == Cli.OK) {
                // the damage fell on space the file no longer uses: then every case is there
                assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(out).size()).isEqualTo(12);
            } else {
                refused++;
                assertThat(code).isEqualTo(Cli.INVALID_DATA);
                assertThat(err).containsAnyOf("已损坏", "比上次关闭时少").doesNotContain("Exception", "意外错误");
                assertThat(hash(f)).isEqualTo(before);
            }
        }
        assertThat(refused).as("most random damage hits live pages").isPositive();
    }

    @Test
    void aFileFromANewerProgramIsRefusedUnchanged() throws Exception {
        Path f = dir.resolve("newer.mv.db");
        Files.copy(good, f);
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + f.toString().replace(".mv.db", ""), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("insert into \"flyway_schema_history\" (\"installed_rank\", \"version\", \"description\", \"type\", \"script\", "
                    + "\"checksum\", \"installed_by\", \"execution_time\", \"success\") values (999, '99', 'a later version', 'SQL', "
                    + "'V99__later.sql', 1, 'sa', 1, true)");
            s.execute("create table v99_feature(id int)");
        }
        String before = hash(f);
        assertThat(run("cases", "list", "--db", f.toString())).isEqualTo(Cli.INVALID_DATA);
        assertThat(err).contains("此数据文件由较新版本的程序创建");
        assertThat(hash(f)).isEqualTo(before);
    }

    @Test
    void aForeignDatabaseIsRefusedUnchanged() throws Exception {
        Path f = dir.resolve("other.mv.db");
        try (Connection c = DriverManager.getConnection("jdbc:h2:file:" + f.toString().replace(".mv.db", ""), "sa", "");
             Statement s = c.createStatement()) {
            s.execute("create table invoices(id int primary key, amount decimal(10,2))");
            s.execute("insert into invoices values (1, 10.00)");
        }
        String before = hash(f);
        assertThat(run("stats", "--from", "2026-01-01", "--to", "2026-11-26", "--db", f.toString())).isEqualTo(Cli.INVALID_DATA);
        assertThat(err).contains("不是本程序的数据文件");
        assertThat(hash(f)).isEqualTo(before);
    }

    @Test
    void aMistypedPathIsAnErrorAndCreatesNothingUnlessAsked() throws Exception {
        Path f = dir.resolve("typo/ledgr.mv.db");
        assertThat(run("stats", "--from", "2026-01-01", "--to", "2026-11-26", "--db", f.toString())).isEqualTo(Cli.INVALID_DATA);
        assertThat(err).contains("没有找到数据文件", "--create");
        assertThat(f).doesNotExist();
        assertThat(run("cases", "list", "--create", "--db", f.toString())).isZero();
        assertThat(f).exists();
        assertThat(run("check", "--db", f.toString())).isZero();
        assertThat(out).contains("完好");
    }

    @Test
    void anOlderCopyPutInPlaceOfTheLedgerIsRefusedUntilRestoredAsABackup() throws Exception {
        Path f = dir.resolve("ledger.mv.db");
        Files.copy(good, f);
        Files.copy(seen(good), seen(f));
        Path older = dir.resolve("older.mv.db");
        Files.copy(f, older);
        assertThat(run("cases", "add", "--file", writeCase().toString(), "--db", f.toString())).isZero();
        Files.copy(older, f, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String before = hash(f);
        assertThat(run("cases", "list", "--db", f.toString())).isEqualTo(Cli.INVALID_DATA);
        assertThat(err).contains("比上次关闭时少", "没有打开");
        assertThat(hash(f)).isEqualTo(before);
    }

    private Path writeCase() throws Exception {
        Path c = dir.resolve("case.json");
        Files.writeString(c, org.mediationledger.cli.CliTestData.VALID);
        return c;
    }

    static Path seen(Path db) {
        return db.resolveSibling(db.getFileName().toString().replace(".mv.db", ".seen.properties"));
    }

    private static void truncate(Path f, long size) throws Exception {
        try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
            r.setLength(size);
        }
    }

    private static void overwrite(Path f, long at, byte[] block, long seed) throws Exception {
        new Random(seed).nextBytes(block);
        try (RandomAccessFile r = new RandomAccessFile(f.toFile(), "rw")) {
            r.seek(at);
            r.write(block);
        }
    }
}
