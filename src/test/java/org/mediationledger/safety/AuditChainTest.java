package org.mediationledger.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;
import org.mediationledger.cli.Cli;
import org.mediationledger.model.AuditCheck;
import org.mediationledger.model.AuditCheck.Finding;
import org.mediationledger.service.Services;

/**
 * The sealed history: a real ledger's history changed, cut or added to through plain JDBC (as anyone with the H2 jar
 * could), and `audit verify` names the first entry where it happened.
 */
class AuditChainTest {
    @TempDir
    static Path dir;
    static Path original;
    static long entries;

    @BeforeAll
    static void ledgerWithAHistory() {
        try (Services s = TestData.withDemo(dir.resolve("original"))) {
            original = s.databaseFile();
        }
        try (Services s = Composition.open(original, TestData.ZH, TestData.CLOCK, false)) {
            AuditCheck c = s.backups().verifyHistory();
            assertThat(c.finding()).isEqualTo(Finding.WHOLE);
            entries = c.entries();
        }
        assertThat(entries).isGreaterThan(100);
    }

    /** A copy of the ledger in a folder of its own (without the head kept beside the original unless asked). */
    private static Path copy(String name, boolean withHeadOutside) throws Exception {
        Path d = Files.createDirectories(dir.resolve(name));
        Path f = d.resolve(original.getFileName());
        Files.copy(original, f);
        if (withHeadOutside) {
            String seen = original.getFileName().toString().replace(".mv.db", ".seen.properties");
            Files.copy(original.resolveSibling(seen), d.resolve(seen));
        }
        return f;
    }

    private static void sql(Path file, String... statements) throws Exception {
        try (Connection c = jdbc(file); Statement s = c.createStatement()) {
            for (String st : statements) {
                s.execute(st);
            }
        }
    }

    private static Connection jdbc(Path file) throws Exception {
        return DriverManager.getConnection("jdbc:h2:file:" + file.toString().replace(".mv.db", ""), "sa", "");
    }

    private static AuditCheck verify(Path file) {
        try (Services s = Composition.open(file, TestData.ZH, TestData.CLOCK, false)) {
            return s.backups().verifyHistory();
        }
    }

    @Test
    void wholeHistoryIsWholeAndSaysSo() {
        AuditCheck c = verify(original);
        assertThat(c.whole()).isTrue();
        assertThat(c.sentence(TestData.ZH)).startsWith("历史记录完整：共 " + entries + " 条");
    }

    @Test
    void aChangedEntryIsNamed() throws Exception {
        Path f = copy("changed", false);
        sql(f, "update audit_log set user_name = '旁人' where seq = 40");
        AuditCheck c = verify(f);
        assertThat(c.finding()).isEqualTo(Finding.CHANGED);
        assertThat(c.at().seq()).isEqualTo(40);
        assertThat(c.sentence(TestData.ZH)).contains("被改动", "第 40 条", "旁人");
    }

    @Test
    void aDeletedEntryIsFoundWhereTheChainBreaks() throws Exception {
        Path f = copy("deleted", false);
        sql(f, "delete from audit_log where seq in (40, 41, 42)");
        AuditCheck c = verify(f);
        assertThat(c.finding()).isEqualTo(Finding.DELETED);
        assertThat(c.at().seq()).isEqualTo(43);
        assertThat(c.sentence(TestData.ZH)).contains("有记录被删除", "第 43 条");
    }

    @Test
    void anEntrySlippedInWithoutASealIsNamed() throws Exception {
        Path f = copy("inserted", false);
        sql(f, "insert into audit_log (id, user_name, table_name, row_id, action, changes, created_at, updated_at) "
                + "values (random_uuid(), '旁人', 'mediation_case', random_uuid(), 'DELETE', '[]', now(), now())");
        AuditCheck c = verify(f);
        assertThat(c.finding()).isEqualTo(Finding.INSERTED);
        assertThat(c.at().userName()).isEqualTo("旁人");
        assertThat(c.at().seq()).isGreaterThan(entries);
    }

    @Test
    void theNewestEntriesCutOffAreMissed() throws Exception {
        Path f = copy("newest", false);
        sql(f, "delete from audit_log where seq > " + (entries - 3));
        AuditCheck c = verify(f);
        assertThat(c.finding()).isEqualTo(Finding.NEWEST_DELETED);
        assertThat(c.at().seq()).isEqualTo(entries - 3);
    }

    /**
     * Someone who read this code recomputes the whole chain after a change (and its head): the file agrees with itself,
     * but not with the head recorded beside it when it was last closed.
     */
    @Test
    void aHistoryRewrittenAsAWholeDisagreesWithTheHeadKeptOutside() throws Exception {
        Path f = copy("rewritten", true);
        sql(f, "update audit_log set user_name = '旁人' where seq = 40");
        reseal(f);
        AuditCheck c = verify(f);
        assertThat(c.finding()).isEqualTo(Finding.REWRITTEN);
        assertThat(c.sentence(TestData.ZH)).contains("整体改写");
        // the copy in the backups folder is a second witness when the one beside the file is deleted
        Path g = copy("rewritten2", false);
        Path backups = Files.createDirectories(g.resolveSibling("backups"));
        String head = original.getFileName().toString().replace(".mv.db", ".audit-head.properties");
        Files.copy(original.resolveSibling("backups").resolve(head), backups.resolve(head));
        sql(g, "delete from audit_log where seq = 40");
        reseal(g);
        assertThat(verify(g).finding()).isEqualTo(Finding.REWRITTEN);
    }

    /** A ledger of an earlier version (entries without seals, no head) is sealed at its first open, and is whole. */
    @Test
    void anUpgradedLedgerIsSealedOnceAndWhole() throws Exception {
        Path f = copy("upgraded", false);
        sql(f, "update audit_log set prev_hash = null, hash = null", "delete from audit_chain");
        AuditCheck c = verify(f);
        assertThat(c.finding()).isEqualTo(Finding.WHOLE);
        assertThat(c.entries()).isEqualTo(entries);
        // sealed once: an unsealed entry added afterwards is not sealed at the next open but named
        sql(f, "insert into audit_log (id, user_name, table_name, row_id, action, changes, created_at, updated_at) "
                + "values (random_uuid(), '旁人', 'party', random_uuid(), 'UPDATE', '[]', now(), now())");
        assertThat(verify(f).finding()).isEqualTo(Finding.INSERTED);
    }

    @Test
    void theCommandLineSaysWholeOrNamesTheEntry() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Cli cli = new Cli((p, m, c) -> Composition.open(p, m, TestData.CLOCK, c), new PrintWriter(out), new PrintWriter(err));
        assertThat(cli.run("audit", "verify", "--db", original.toString())).isZero();
        assertThat(out.toString()).contains("历史记录完整");
        Path f = copy("cli", false);
        sql(f, "update audit_log set changes = '[]' where seq = 7");
        assertThat(cli.run("audit", "verify", "--db", f.toString(), "--format", "json")).isEqualTo(1);
        var json = new ObjectMapper().readTree(out.toString().substring(out.toString().indexOf('{')));
        assertThat(json.get("whole").asBoolean()).isFalse();
        assertThat(json.get("finding").asText()).isEqualTo("CHANGED");
        assertThat(json.get("entry").get("seq").asLong()).isEqualTo(7);
        assertThat(json.get("message").asText()).contains("第 7 条");
    }

    /** Recomputes every seal and the head with the published formula (what an informed forger would do). */
    private static void reseal(Path file) throws Exception {
        try (Connection c = jdbc(file)) {
            c.setAutoCommit(false);
            String prev = "0".repeat(64);
            long last = 0;
            try (Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("select id, user_name, table_name, row_id, action, changes, created_at, seq "
                         + "from audit_log order by seq");
                 PreparedStatement u = c.prepareStatement("update audit_log set prev_hash = ?, hash = ? where id = ?")) {
                while (r.next()) {
                    String text = String.join("\n", prev, r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getString(5), r.getString(6) == null ? "" : r.getString(6),
                            r.getObject(7, java.time.LocalDateTime.class).toString());
                    String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(StandardCharsets.UTF_8)));
                    u.setString(1, prev);
                    u.setString(2, hash);
                    u.setObject(3, r.getObject(1));
                    u.executeUpdate();
                    prev = hash;
                    last = r.getLong(8);
                }
            }
            try (PreparedStatement h = c.prepareStatement("update audit_chain set head_seq = ?, head_hash = ?")) {
                h.setLong(1, last);
                h.setString(2, prev);
                h.executeUpdate();
            }
            c.commit();
        }
        // the forged file agrees with itself
        try (Connection c = jdbc(file); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select count(*) from audit_log where hash is null")) {
            r.next();
            assertThat(r.getLong(1)).isZero();
        }
    }
}
