package org.mediationledger.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mediationledger.TestData;
import org.mediationledger.cli.Cli;
import org.mediationledger.model.ServerAddress;

/**
 * The command line on a ledger on a real PostgreSQL server (issue 18): --db postgresql://user@host:port/db, the password
 * from ML_DB_PASSWORD; every way of getting it wrong is one sentence, never a stack trace, and nothing is written.
 */
class PostgresCliTest {
    private StringWriter out;
    private StringWriter err;

    private int run(Map<String, String> env, String... args) {
        out = new StringWriter();
        err = new StringWriter();
        Cli cli = new Cli(TestData.opener(TestData.CLOCK), new PrintWriter(out), new PrintWriter(err));
        cli.environment(env::get);
        return cli.run(args);
    }

    private int run(String... args) {
        return run(Map.of("ML_DB_PASSWORD", PgServer.PASSWORD), args);
    }

    @Test
    void theDemoIsLoadedListedAndCountedOnTheServer() throws Exception {
        ServerAddress db = PgServer.newDatabase();
        assertThat(run("demo", "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("载入示例乡镇", db.toString()).doesNotContain(PgServer.PASSWORD);
        assertThat(run("cases", "list", "--format", "json", "--db", db.toString())).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        assertThat(json.size()).isEqualTo(PgServer.count(db, "select count(*) from mediation_case where not deleted")).isPositive();
        assertThat(json.get(0).path("caseNumber").asText()).startsWith("（2026）");
        // the server backs itself up: the program's backup says so in a sentence and writes nothing
        assertThat(run("backup", "--db", db.toString())).isNotZero();
        assertThat(err.toString()).contains("pg_dump").doesNotContain("Exception");
    }

    @Test
    void aLedgerFileMovesToAnEmptyServerDatabaseWholeAndCountsThereAlike(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String file = dir.resolve("ledger.mv.db").toString();
        assertThat(run("demo", "--db", file)).isZero();
        java.nio.file.Path newCase = dir.resolve("case.json");
        java.nio.file.Files.writeString(newCase, org.mediationledger.cli.CliTestData.VALID);
        assertThat(run("cases", "add", "--file", newCase.toString(), "--db", file)).as(err.toString()).isZero();
        ServerAddress db = PgServer.emptyDatabase();

        assertThat(run("migrate-to", db.toString(), "--db", file, "--format", "json")).as(err.toString()).isZero();
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.toString());
        assertThat(json.get("rows").asLong()).isPositive();
        assertThat(json.get("tables")).allSatisfy(t -> assertThat(t.get("same").asBoolean()).as(t.toString()).isTrue());
        assertThat(json.get("tables").findValuesAsText("table")).contains("mediation_case", "audit_log", "case_fact", "party");

        // the same register and the same figures from the file and from the server
        for (String[] what : new String[][] {{"cases", "list", "--format", "json"}, {"stats", "--from", "2026-01-01", "--to", "2026-12-31", "--by", "unit", "--format", "json"}}) {
            assertThat(run(concat(what, "--db", file))).isZero();
            String fromFile = out.toString();
            assertThat(run(concat(what, "--db", db.toString()))).isZero();
            assertThat(out.toString()).isEqualTo(fromFile);
        }
        // the history arrived sealed and whole, and goes on: the next case gets the next number, its entry the next seat
        assertThat(run("audit", "verify", "--db", db.toString())).as(err.toString()).isZero();
        assertThat(run("cases", "add", "--file", newCase.toString(), "--db", db.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("第014号");
        assertThat(run("audit", "verify", "--db", db.toString())).as(err.toString()).isZero();
        assertThat(PgServer.count(db, "select count(distinct case_seq) from mediation_case where case_year = 2026"))
                .isEqualTo(PgServer.count(db, "select max(case_seq) from mediation_case where case_year = 2026"));

        // a second move into a database that now holds a ledger is refused, and changes nothing there
        long cases = PgServer.count(db, "select count(*) from mediation_case");
        assertThat(run("migrate-to", db.toString(), "--db", file)).isNotZero();
        assertThat(err.toString()).contains("已有数据", "不会覆盖").doesNotContain("Exception");
        assertThat(PgServer.count(db, "select count(*) from mediation_case")).isEqualTo(cases);
    }

    private static String[] concat(String[] a, String... b) {
        String[] all = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, all, a.length, b.length);
        return all;
    }

    @Test
    void aWrongPasswordAMissingOneOrOneInTheAddressIsASentenceAndNothingIsWritten() throws Exception {
        ServerAddress db = PgServer.newDatabase();
        assertThat(run(Map.of("ML_DB_PASSWORD", "not-the-password"), "demo", "--db", db.toString())).isNotZero();
        assertThat(err.toString()).contains("拒绝了这个用户名或密码").doesNotContain("Exception").doesNotContain("not-the-password");

        assertThat(run(Map.of(), "demo", "--db", db.toString())).isNotZero(); // no variable, no console to type it at
        assertThat(err.toString()).contains("ML_DB_PASSWORD").doesNotContain("Exception");

        String withPassword = "postgresql://" + db.user() + ":" + PgServer.PASSWORD + "@" + db.host() + ":" + db.port() + "/" + db.database();
        assertThat(run("demo", "--db", withPassword)).isNotZero();
        assertThat(err.toString()).contains("不要把密码写进地址").doesNotContain(PgServer.PASSWORD);

        assertThat(PgServer.count(db, "select count(*) from mediation_case")).isZero();
    }

    @Test
    void aServerThatDoesNotAnswerOrADatabaseThatIsNotThereIsASentence() throws Exception {
        int closedPort;
        try (var s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        assertThat(run("cases", "list", "--db", "postgresql://clerk@127.0.0.1:" + closedPort + "/ledger")).isNotZero();
        assertThat(err.toString()).contains("连不上服务器数据库").doesNotContain("Exception");

        ServerAddress db = PgServer.newDatabase();
        assertThat(run("cases", "list", "--db", "postgresql://" + db.user() + "@" + db.host() + ":" + db.port() + "/no_such_ledger"))
                .isNotZero();
        assertThat(err.toString()).contains("没有数据库").doesNotContain("Exception");

        assertThat(run("cases", "list", "--db", "postgresql://localhost/ledger")).isNotZero();
        assertThat(err.toString()).contains("缺少用户名");
    }
}
