package org.mediationledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;

/** A township set up from nothing on the command line, without the demo and without the window. */
class ReferenceCliTest {
    @TempDir
    Path dir;
    StringWriter out;
    StringWriter err;

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return new Cli((p, m, c) -> Composition.open(p, m, TestData.CLOCK, c), new PrintWriter(out), new PrintWriter(err)).run(args);
    }

    @Test
    void unitsAndGridsComeFromASheetChecksFirstThenOnceOnly() throws Exception {
        String db = dir.resolve("import.mv.db").toString();
        assertThat(run("settings", "set", "--key", "township", "--value", "白沙镇", "--create", "--db", db)).isZero();
        Path template = dir.resolve("模板.xlsx");
        assertThat(run("units", "template", "--out", template.toString())).as(err.toString()).isZero();
        Path sheet = dir.resolve("村居.csv");
        java.nio.file.Files.writeString(sheet, "白沙镇村居名册\n村（居）,网格,设立日期\n东村,东村第1网格,2020-03-01\n东村,东村第2网格,\n,,2030-01-01\n河滨社区,,\n");
        // a dry run lists and saves nothing
        assertThat(run("units", "import", "--file", sheet.toString(), "--dry-run", "--db", db)).isEqualTo(1);
        assertThat(out.toString()).contains("新增村（居）").contains("新增网格").contains("没有填写村（居）名称").contains("未保存");
        assertThat(run("units", "list", "--format", "json", "--db", db)).isZero();
        assertThat(new ObjectMapper().readTree(out.toString())).isEmpty();
        // imported: the good rows; the JSON names every row with stable keys
        assertThat(run("units", "import", "--file", sheet.toString(), "--format", "json", "--db", db)).isEqualTo(1);
        JsonNode r = new ObjectMapper().readTree(out.toString());
        assertThat(r.get("added").get("units").asInt()).isEqualTo(2);
        assertThat(r.get("added").get("grids").asInt()).isEqualTo(2);
        assertThat(r.get("rows")).hasSize(4);
        assertThat(r.get("rows").get(0).get("outcome").asText()).isEqualTo("NEW_UNIT");
        assertThat(r.get("rows").get(2).get("outcome").asText()).isEqualTo("ERROR");
        assertThat(r.get("rows").get(3).get("kind").asText()).isEqualTo("COMMUNITY");
        assertThat(run("units", "list", "--format", "json", "--db", db)).isZero();
        JsonNode units = new ObjectMapper().readTree(out.toString());
        assertThat(units).hasSize(2);
        assertThat(units.get(0).get("establishedOn").asText()).isEqualTo("2020-03-01");
        assertThat(units.get(1).get("establishedOn").asText()).isEqualTo("2026-01-01"); // 1 January of this year
        // the same sheet again adds nothing
        assertThat(run("units", "import", "--file", sheet.toString(), "--db", db)).isEqualTo(1);
        assertThat(out.toString()).contains("已导入 0 个村（居）、0 个网格");
        // the template's example rows import without errors
        assertThat(run("units", "import", "--file", template.toString(), "--dry-run", "--db", db)).as(out.toString()).isZero();
    }

    @Test
    void aTownshipSetUpAndWorkedFromTheCommandLine() throws Exception {
        String db = dir.resolve("baisha.mv.db").toString();
        assertThat(run("settings", "set", "--key", "township", "--value", "白沙镇", "--create", "--db", db)).as(err.toString()).isZero();
        assertThat(run("units", "add", "--name", "东村", "--established", "2026-01-01", "--db", db)).isZero();
        assertThat(run("units", "add", "--name", "河滨社区", "--kind", "居委会", "--db", db)).as(err.toString()).isZero();
        assertThat(run("units", "rename", "--name", "东村", "--to", "东岭村", "--db", db)).isZero();
        assertThat(out.toString()).contains("东村 → 东岭村");
        assertThat(run("grids", "add", "--unit", "东岭村", "--name", "东岭村第1网格", "--db", db)).isZero();
        assertThat(run("staff", "add", "--name", "周调解", "--role", "人民调解员", "--phone", "13812345678", "--db", db)).isZero();
        assertThat(run("staff", "add", "--name", "东岭网格员", "--role", "GRID_WORKER", "--unit", "东岭村", "--db", db)).isZero();
        assertThat(run("periods", "add", "--name", "春节", "--from", "2026-02-10", "--to", "2026-02-24", "--rounds-per-day", "1",
                "--db", db)).isZero();
        assertThat(run("settings", "set", "--key", "rounding", "--value", "TRUNCATE", "--db", db)).isZero();
        assertThat(run("settings", "set", "--key", "mediationDays", "--value", "45", "--db", db)).isZero();

        ObjectMapper json = new ObjectMapper();
        assertThat(run("units", "list", "--format", "json", "--db", db)).isZero();
        JsonNode units = json.readTree(out.toString());
        assertThat(units).hasSize(2);
        assertThat(units.get(0).get("name").asText()).isEqualTo("东岭村");
        assertThat(units.get(0).get("kind").asText()).isEqualTo("VILLAGE");
        assertThat(units.get(1).get("kind").asText()).isEqualTo("COMMUNITY");
        assertThat(run("staff", "list", "--format", "json", "--lang", "en", "--db", db)).isZero();
        assertThat(out.toString()).contains("\"role\" : \"MEDIATOR\"", "138****5678").doesNotContain("13812345678");
        assertThat(run("types", "--format", "json", "--db", db)).isZero();
        assertThat(json.readTree(out.toString()).size()).isGreaterThanOrEqualTo(10);
        assertThat(run("types", "list", "--format", "json", "--db", db)).isZero();
        assertThat(json.readTree(out.toString()).get(0).get("name").asText()).isEqualTo("婚姻家庭");
        assertThat(run("settings", "get", "--format", "json", "--db", db)).isZero();
        JsonNode settings = json.readTree(out.toString());
        assertThat(settings.get("township").asText()).isEqualTo("白沙镇");
        assertThat(settings.get("rounding").asText()).isEqualTo("TRUNCATE");
        assertThat(settings.get("mediationDays").asInt()).isEqualTo(45);

        // the reference data is used at once: a case in 东岭村 mediated by 周调解
        Path c = dir.resolve("case.json");
        Files.writeString(c, """
                {"source": "当事人申请", "disputeType": "邻里", "unit": "东岭村", "grid": "东岭村第1网格",
                 "summary": "排水沟堵塞", "peopleInvolved": 2, "riskLevel": "黄色", "receivedDate": "2026-11-20", "mediator": "周调解",
                 "parties": [{"role": "申请人", "name": "甲"}, {"role": "被申请人", "name": "乙"}]}
                """);
        assertThat(run("cases", "add", "--file", c.toString(), "--db", db)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("（2026）白沙镇人调字第001号");

        // refusals are sentences and arguments are exit 2
        assertThat(run("staff", "add", "--name", "某人", "--role", "法官", "--db", db)).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(err.toString()).contains("--role", "法官", "MEDIATOR");
        assertThat(run("settings", "set", "--key", "colour", "--value", "red", "--db", db)).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(run("settings", "set", "--key", "mediationDays", "--value", "0", "--db", db)).isEqualTo(Cli.INVALID_DATA);
        assertThat(run("grids", "add", "--unit", "西村", "--name", "x", "--db", db)).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(err.toString()).contains("东岭村");
    }

    /** A village set up, a round before it refused, then merged away: its weeks count only while it existed. */
    @Test
    void unitsHaveALife() throws Exception {
        String db = dir.resolve("life.mv.db").toString();
        assertThat(run("settings", "set", "--key", "township", "--value", "白沙镇", "--create", "--db", db)).isZero();
        assertThat(run("units", "add", "--name", "老村", "--established", "2000-01-01", "--db", db)).isZero();
        // without --established a unit is set up today (2026-11-26)
        assertThat(run("units", "add", "--name", "新村", "--db", db)).isZero();
        assertThat(run("units", "add", "--name", "明村", "--established", "2026-11-27", "--db", db)).isEqualTo(Cli.INVALID_DATA);
        assertThat(err.toString()).contains("设立日期", "2026-11-26");
        Path round = dir.resolve("r.json");
        Files.writeString(round, "{\"date\": \"2026-11-25\", \"unit\": \"新村\", \"kind\": \"ROUTINE\"}");
        assertThat(run("screening", "add", "--file", round.toString(), "--db", db)).isEqualTo(Cli.INVALID_DATA);
        assertThat(err.toString()).contains("新村设立于 2026-11-26，此前不能登记");
        // the true day it was set up is set, and the round is taken
        assertThat(run("units", "established", "--name", "新村", "--date", "2026-11-16", "--db", db)).as(err.toString()).isZero();
        assertThat(run("screening", "add", "--file", round.toString(), "--db", db)).as(err.toString()).isZero();
        // the day cannot move after the unit's first record
        assertThat(run("units", "established", "--name", "新村", "--date", "2026-11-26", "--db", db)).isEqualTo(Cli.INVALID_DATA);
        assertThat(err.toString()).contains("2026-11-25");

        Files.writeString(round, "{\"date\": \"2026-11-10\", \"unit\": \"老村\", \"kind\": \"ROUTINE\"}");
        assertThat(run("screening", "add", "--file", round.toString(), "--db", db)).isZero();
        // retiring before its last record is refused; on the day after, accepted
        assertThat(run("units", "retire", "--name", "老村", "--date", "2026-11-10", "--db", db)).isEqualTo(Cli.INVALID_DATA);
        assertThat(err.toString()).contains("2026-11-11");
        assertThat(run("units", "retire", "--name", "老村", "--date", "2026-11-11", "--db", db)).as(err.toString()).isZero();
        Files.writeString(round, "{\"date\": \"2026-11-12\", \"unit\": \"老村\", \"kind\": \"ROUTINE\"}");
        assertThat(run("screening", "add", "--file", round.toString(), "--db", db)).isEqualTo(Cli.INVALID_DATA);
        assertThat(err.toString()).contains("老村已于 2026-11-11 撤销");

        ObjectMapper json = new ObjectMapper();
        assertThat(run("units", "list", "--format", "json", "--db", db)).isZero();
        JsonNode units = json.readTree(out.toString());
        assertThat(units.get(0).get("retiredOn").asText()).isEqualTo("2026-11-11");
        assertThat(units.get(1).get("establishedOn").asText()).isEqualTo("2026-11-16");
        // November: 老村 W45 (Thursday 5 Nov) and W46 (its round of the 10th) before it was retired on Wednesday 11th,
        // so W46 (Thursday 12th) no longer counts: 0/1 (W45 missed); 新村 from W47 (Thursday 19th): W47 missed, W48 met by a zero report
        assertThat(run("screening", "compliance", "--from", "2026-11-01", "--to", "2026-11-30", "--format", "json", "--db", db)).isZero();
        JsonNode board = json.readTree(out.toString());
        assertThat(board.get("rate").get("numerator").asInt()).isEqualTo(1);
        assertThat(board.get("rate").get("denominator").asInt()).isEqualTo(3);
        assertThat(board.get("units").get(0).get("weeks").findValuesAsText("state"))
                .containsExactly("MISSED", "OUTSIDE", "OUTSIDE", "OUTSIDE");
        assertThat(board.get("units").get(1).get("weeks").findValuesAsText("state"))
                .containsExactly("OUTSIDE", "OUTSIDE", "MISSED", "ZERO_REPORT");

        assertThat(run("staff", "add", "--name", "周调解", "--role", "MEDIATOR", "--db", db)).isZero();
        assertThat(run("staff", "retire", "--name", "周调解", "--db", db)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("2026-11-26");
        assertThat(run("grids", "add", "--unit", "新村", "--name", "一组", "--db", db)).isZero();
        assertThat(run("grids", "retire", "--unit", "新村", "--name", "二组", "--db", db)).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(err.toString()).contains("一组");
        assertThat(run("grids", "retire", "--unit", "新村", "--name", "一组", "--date", "2026-11-20", "--db", db)).isZero();
    }
}
