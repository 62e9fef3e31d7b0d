package org.mediationledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;

/** The command line against a real data file: output, exit codes and "nothing saved" on bad data. */
class CliTest extends CliFixture {
    static final String VALID = """
            {"source": "当事人申请", "disputeType": "邻里", "unit": "东山村", "grid": "东山村第2网格",
             "summary": "两户因宅前排水沟堵塞发生争执", "requests": "疏通排水沟", "peopleInvolved": 2,
             "amountInvolved": 800, "riskLevel": "YELLOW", "receivedDate": "2026-11-20", "mediator": "李建国",
             "parties": [
               {"role": "APPLICANT", "name": "欧阳锋", "gender": "女", "idNumber": "11010519491231002X", "phone": "13812345678"},
               {"role": "被申请人", "name": "洪七公"}]}
            """;

    @Test
    void helpAndVersion() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("Usage: mediation-ledger", "demo", "cases", "--db");
        // every command of the tree is listed although a run builds only the one it names
        for (Class<?> c : MainCommand.COMMANDS) {
            assertThat(out.toString()).contains(c.getAnnotation(picocli.CommandLine.Command.class).name());
        }
        assertThat(run("cases", "list", "--help")).isZero();
        assertThat(out.toString()).contains("--format", "--unit", "--status");
    }

    @Test
    void onlyTheCommandNamedIsBuilt() {
        assertThat(Cli.commandsFor("--db", "x.mv.db", "--lang", "en", "cases", "list")).containsExactly(CasesCommand.class);
        assertThat(Cli.commandsFor("--db", "cases", "demo")).as("a value after --db is no command").containsExactly(DemoCommand.class);
        assertThat(Cli.commandsFor()).as("the window").isEmpty();
        assertThat(Cli.commandsFor("--version")).isEmpty();
        assertThat(Cli.commandsFor("--help")).isEqualTo(MainCommand.COMMANDS);
        assertThat(Cli.commandsFor("casess")).as("picocli suggests the nearest").isEqualTo(MainCommand.COMMANDS);
    }

    @Test
    void badArgumentsGiveOneLineAndExitCode2() {
        assertThat(run("cases", "list", "--format", "xml", "--db", db.toString())).isEqualTo(2);
        assertThat(err.toString().strip().lines()).hasSize(1);
        assertThat(err.toString()).startsWith("参数有误").contains("xml");
        assertThat(run("nonsense")).isEqualTo(2);
        assertThat(run("--lang", "fr")).isEqualTo(2);
        assertThat(run("cases", "list", "--unit", "火星村", "--db", db.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("火星村", "东山村");
        assertThat(run("cases", "add", "--file", dir.resolve("missing.json").toString(), "--db", db.toString())).isEqualTo(2);
        // a group alone names what it can do, from the command tree itself (so the sentence cannot fall behind)
        assertThat(run("print", "--db", db.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("请在 print 后写明要做什么", "case", "agreement", "ledger", "report", "overdue");
        assertThat(run("units", "--db", db.toString(), "--lang", "en")).isEqualTo(2);
        assertThat(err.toString()).contains("Say what units should do", "list | add | rename");
    }

    @Test
    void noCommandMeansOpenTheWindow() {
        Cli cli = new Cli((p, m, c) -> { throw new AssertionError("must not open"); }, new PrintWriter(new StringWriter()),
                new PrintWriter(new StringWriter()));
        assertThat(cli.run("--db", "x", "--lang", "en")).isZero();
        assertThat(cli.wantsWindow()).isTrue();
        assertThat(cli.language()).isEqualTo("en");
        assertThat(cli.databasePath()).isEqualTo(Path.of("x"));
    }

    @Test
    void listsAsTableCsvAndJson() throws Exception {
        assertThat(run("cases", "list", "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("案号", "（2026）青山镇人调字第012号", "共 12 件");

        assertThat(run("cases", "list", "--format", "csv", "--unit", "东山村", "--db", db.toString())).isZero();
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(out.toString())).getRecords();
        assertThat(rows.get(0).get(0)).isEqualTo("案号");
        assertThat(rows).hasSize(1 + 2);
        assertThat(rows.subList(1, rows.size())).allSatisfy(r -> assertThat(r.get(2)).isEqualTo("东山村"));

        assertThat(run("cases", "list", "--format", "json", "--status", "已受理", "--db", db.toString())).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        // the demo's three newest cases are just registered; the older ones have gone further along their path
        assertThat(json.size()).isEqualTo(3);
        assertThat(json.get(0).get("caseNumber").asText()).startsWith("（2026）青山镇人调字第");
        assertThat(json.get(0).get("status").asText()).isEqualTo("REGISTERED");

        // the newest few only (a county ledger holds 250,000): in list order, and the table says how many there are
        assertThat(run("cases", "list", "--limit", "2", "--format", "json", "--db", db.toString())).isZero();
        assertThat(new ObjectMapper().readTree(out.toString())).extracting(n -> n.get("caseNumber").asText())
                .containsExactly("（2026）青山镇人调字第012号", "（2026）青山镇人调字第011号");
        assertThat(run("cases", "list", "--limit", "5", "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("共 5 件", "只列出最新的 5 件，共 12 件");
        assertThat(run("cases", "list", "--limit", "-1", "--db", db.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("--limit");

        assertThat(run("cases", "list", "--status", "CLOSED", "--lang", "en", "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("Case number", "2 cases");
    }

    @Test
    void addsAValidCaseAndListsIt() throws Exception {
        Path f = dir.resolve("case.json");
        Files.writeString(f, VALID);
        assertThat(run("cases", "add", "--file", f.toString(), "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("已登记：（2026）青山镇人调字第013号");
        assertThat(run("cases", "list", "--format", "csv", "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("欧阳锋", "洪七公");
    }

    @Test
    void invalidDataNamesFieldAndReasonAndSavesNothing() throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, VALID.replace("11010519491231002X", "110105194912310021").replace("\"unit\": \"东山村\"", "\"unit\": \"火星村\""));
        assertThat(run("cases", "add", "--file", f.toString(), "--db", db.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("村（居）：无法识别“火星村”", "未保存任何内容");

        Files.writeString(f, VALID.replace("11010519491231002X", "110105194912310021"));
        assertThat(run("cases", "add", "--file", f.toString(), "--db", db.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("当事人1 · 身份证号码：身份证号码校验位不对（按前 17 位应为 X）");

        Files.writeString(f, "[" + VALID + "," + VALID.replace("\"peopleInvolved\": 2", "\"peopleInvolved\": 0") + "]");
        assertThat(run("cases", "add", "--file", f.toString(), "--db", db.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("第 2 个案件 · 涉及人数：涉及人数至少为 1。");

        Files.writeString(f, "{\"summary\": \"unclosed\"");
        assertThat(run("cases", "add", "--file", f.toString(), "--db", db.toString())).isEqualTo(1);
        assertThat(err.toString()).startsWith("无法读取");

        Files.writeString(f, VALID.replace("\"summary\"", "\"summery\""));
        assertThat(run("cases", "add", "--file", f.toString(), "--db", db.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("summery");

        assertThat(run("cases", "list", "--format", "json", "--db", db.toString())).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).size()).isEqualTo(12);
    }

    @Test
    void demoRefusesAFileThatHasData() {
        assertThat(run("demo", "--db", db.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("已有数据");
    }

    @Test
    void anUnopenableFileIsASentence() throws Exception {
        Path junk = dir.resolve("junk.mv.db");
        Files.write(junk, new byte[5000]);
        assertThat(run("cases", "list", "--db", junk.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("已损坏").doesNotContain("Exception");
    }
}
