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

    @Test
    void townshipsMoveIntoOneCountyDatabaseEachInItsSchemaAndTheCountyAddsTheirFigures(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();
        String east = dir.resolve("east.mv.db").toString();
        String west = dir.resolve("west.mv.db").toString();
        assertThat(run("demo", "--db", east)).isZero();
        assertThat(run("demo", "--db", west)).isZero();
        assertThat(run("settings", "set", "--key", "township", "--value", "西山镇", "--db", west)).as(err.toString()).isZero();
        java.nio.file.Path newCase = dir.resolve("case.json");
        java.nio.file.Files.writeString(newCase, org.mediationledger.cli.CliTestData.VALID);
        assertThat(run("cases", "add", "--file", newCase.toString(), "--db", west)).as(err.toString()).isZero();
        String[] year = {"--from", "2026-01-01", "--to", "2026-12-31"};
        assertThat(run(concat(concat(new String[] {"stats", "--format", "json"}, year), "--db", east))).isZero();
        var eastFigures = mapper.readTree(out.toString()).get("figures");
        assertThat(run(concat(concat(new String[] {"stats", "--format", "json"}, year), "--db", west))).isZero();
        var westFigures = mapper.readTree(out.toString()).get("figures");

        ServerAddress county = PgServer.emptyDatabase();
        assertThat(run("migrate-to", county.inSchema("dongshan").toString(), "--db", east)).as(err.toString()).isZero();
        assertThat(run("migrate-to", county.inSchema("xishan").toString(), "--db", west)).as(err.toString()).isZero();
        // a second move into a township's schema that holds a ledger is refused; another schema name is not a ledger
        assertThat(run("migrate-to", county.inSchema("xishan").toString(), "--db", east)).isNotZero();
        assertThat(err.toString()).contains("已有数据").doesNotContain("Exception");
        assertThat(run("migrate-to", county + "?schema=Dong-Shan", "--db", east)).isNotZero();
        assertThat(err.toString()).contains("Dong-Shan", "小写").doesNotContain("Exception");

        // each township reads only its own ledger: its own register, its own figures
        assertThat(run(concat(concat(new String[] {"stats", "--format", "json"}, year), "--db", county.inSchema("xishan").toString())))
                .as(err.toString()).isZero();
        assertThat(mapper.readTree(out.toString()).get("figures")).isEqualTo(westFigures);
        assertThat(run("cases", "list", "--format", "json", "--db", county.inSchema("dongshan").toString())).isZero();
        int eastCases = mapper.readTree(out.toString()).size();
        assertThat(run("cases", "list", "--format", "json", "--db", county.inSchema("xishan").toString())).isZero();
        assertThat(mapper.readTree(out.toString()).size()).isEqualTo(eastCases + 1);

        // the county: one line per township, and their sum, whose rates come from the added counts
        assertThat(run(concat(new String[] {"county", "--format", "json", "--db", county.toString()}, year))).as(err.toString()).isZero();
        var json = mapper.readTree(out.toString());
        assertThat(json.get("townships").findValuesAsText("schema")).containsExactly("dongshan", "xishan");
        assertThat(json.get("townships").findValuesAsText("township")).containsExactly("青山镇", "西山镇");
        assertThat(json.get("townships").get(0).get("figures")).isEqualTo(eastFigures);
        assertThat(json.get("townships").get(1).get("figures")).isEqualTo(westFigures);
        var total = json.get("county").get("figures");
        for (String count : new String[] {"casesAccepted", "casesConcluded", "casesNotConcluded", "findings", "screeningRounds"}) {
            assertThat(total.get(count).get("value").asLong()).as(count)
                    .isEqualTo(eastFigures.get(count).get("value").asLong() + westFigures.get(count).get("value").asLong()).isPositive();
        }
        assertThat(total.get("successRate").get("numerator").asLong()).isEqualTo(
                eastFigures.get("successRate").get("numerator").asLong() + westFigures.get("successRate").get("numerator").asLong());
        assertThat(total.get("successRate").get("denominator").asLong()).isEqualTo(
                eastFigures.get("successRate").get("denominator").asLong() + westFigures.get("successRate").get("denominator").asLong());
        assertThat(new java.math.BigDecimal(total.get("agreementAmountYuan").get("value").asText())).isEqualByComparingTo(
                new java.math.BigDecimal(eastFigures.get("agreementAmountYuan").get("value").asText())
                        .add(new java.math.BigDecimal(westFigures.get("agreementAmountYuan").get("value").asText())));
        assertThat(run(concat(new String[] {"county", "--db", county.toString()}, year))).isZero();
        assertThat(out.toString()).contains("青山镇", "西山镇", "全县合计", "2 个乡镇");

        // the county's reader (docs/server-setup.sql) may only read, and reads the same
        PgServer.asAdmin(county, "do $$ begin if not exists (select from pg_roles where rolname = 'ledger_county') then "
                + "create role ledger_county login password '" + PgServer.PASSWORD + "'; end if; end $$");
        for (String schema : new String[] {"dongshan", "xishan"}) {
            PgServer.asAdmin(county, "grant usage on schema " + schema + " to ledger_county");
            PgServer.asAdmin(county, "grant select on all tables in schema " + schema + " to ledger_county");
        }
        ServerAddress reader = new ServerAddress("ledger_county", county.host(), county.port(), county.database());
        assertThat(run(concat(new String[] {"county", "--format", "json", "--db", reader.toString()}, year))).as(err.toString()).isZero();
        assertThat(mapper.readTree(out.toString()).get("townships")).isEqualTo(json.get("townships"));
        assertThat(run("cases", "add", "--file", newCase.toString(), "--db", reader.inSchema("xishan").toString())).isNotZero();
        assertThat(err.toString()).contains("没有所需的权限").doesNotContain("Exception");

        // numbers stay each township's own: a case registered in each takes the next of its own series
        assertThat(run("cases", "add", "--file", newCase.toString(), "--db", county.inSchema("dongshan").toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("第013号");
        assertThat(run("cases", "add", "--file", newCase.toString(), "--db", county.inSchema("xishan").toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("第014号");
        assertThat(run("audit", "verify", "--db", county.inSchema("xishan").toString())).as(err.toString()).isZero();
    }

    @Test
    void countyFiguresNeedAServerAndADatabaseWithLedgers() throws Exception {
        assertThat(run("county", "--db", "/tmp/no-such-ledger.mv.db")).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(err.toString()).contains("县数据库").doesNotContain("Exception");
        ServerAddress empty = PgServer.emptyDatabase();
        assertThat(run("county", "--db", empty.toString())).isNotZero();
        assertThat(err.toString()).contains("还没有任何乡镇的台账").doesNotContain("Exception");
    }

    @Test
    void theSameSeedGeneratesTheSameCountyOnTheServerAsInAFileAndTheBenchmarkRunsThere(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir)
            throws Exception {
        String file = dir.resolve("county.mv.db").toString();
        ServerAddress db = PgServer.emptyDatabase();
        String[] generate = {"generate", "--seed", "7", "--units", "6", "--years", "2", "--cases", "900"};
        assertThat(run(concat(generate, "--db", file, "--create"))).as(err.toString()).isZero();
        assertThat(run(concat(generate, "--db", db.toString()))).as(err.toString()).isZero();
        assertThat(PgServer.count(db, "select count(*) from mediation_case")).isEqualTo(900);
        for (String[] what : new String[][] {
                {"stats", "--from", "2025-01-01", "--to", "2026-12-31", "--by", "unit", "--format", "json"},
                {"stats", "--from", "2025-01-01", "--to", "2026-12-31", "--format", "json"},
                {"cases", "list", "--format", "json", "--limit", "200"}}) {
            assertThat(run(concat(what, "--db", file))).as(err.toString()).isZero();
            String fromFile = out.toString();
            assertThat(run(concat(what, "--db", db.toString()))).as(err.toString()).isZero();
            assertThat(out.toString()).as(String.join(" ", what)).isEqualTo(fromFile);
        }
        // the next case registered takes the number after the generated ones, as in the file
        assertThat(PgServer.count(db, "select max(last_seq) from case_number_counter"))
                .isEqualTo(PgServer.count(db, "select max(case_seq) from mediation_case"));
        assertThat(run("benchmark", "--runs", "1", "--db", db.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("dashboard refresh", "baseline: plain GROUP BY");
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
