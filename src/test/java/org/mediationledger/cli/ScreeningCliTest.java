package org.mediationledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;
import org.mediationledger.model.Compliance;
import org.mediationledger.service.Services;

class ScreeningCliTest extends CliFixture {
    static final String ROUND = """
            {"date": "2026-11-25", "unit": "新田村", "grid": "新田村第1网格", "kind": "集中排查", "lead": "新田网格员",
             "screeners": ["赵国庆"], "notes": "重点走访",
             "findings": [{"summary": "承包地边界争议", "disputeType": "山林土地", "peopleInvolved": 4, "amountInvolved": 3000,
                           "riskLevel": "橙色", "measures": "约双方到村委会协商", "status": "稳控中",
                           "parties": [{"name": "王甲", "phone": "13812345678"}, {"name": "王乙"}]}]}
            """;

    @Test
    void aFindingCannotBecomeACaseWithoutItsCase() throws Exception {
        Path f = dir.resolve("round.json");
        Files.writeString(f, ROUND.replace("\"稳控中\"", "\"已转案件\""));
        assertThat(run("screening", "add", "--file", f.toString(), "--db", db.toString())).isEqualTo(Cli.INVALID_DATA);
        assertThat(err.toString()).contains("只能通过", "未保存任何内容");
    }

    @Test
    void addsARoundAndAZeroReportAndListsThem() throws Exception {
        Path f = dir.resolve("round.json");
        Files.writeString(f, "[" + ROUND + ", {\"date\": \"2026-11-26\", \"unit\": \"镇中社区\"}]");
        assertThat(run("screening", "add", "--file", f.toString(), "--db", db.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("已登记 2026-11-25 新田村 的排查，发现矛盾纠纷 1 件。", "已登记 2026-11-26 镇中社区 的零报告。");
        assertThat(run("screening", "list", "--from", "2026-11-25", "--to", "2026-11-26", "--format", "csv", "--db", db.toString())).isZero();
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(out.toString())).getRecords();
        assertThat(rows).anySatisfy(r -> assertThat(r.toList()).containsExactly("2026-11-25", "新田村", "新田村第1网格", "集中排查", "新田网格员", "1"));
        assertThat(rows).anySatisfy(r -> assertThat(r.toList()).contains("2026-11-26", "镇中社区", "零报告"));
        assertThat(run("screening", "ledger", "--from", "2026-11-25", "--to", "2026-11-25", "--unit", "新田村",
                "--format", "csv", "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("王甲 138****5678、王乙", "约双方到村委会协商").doesNotContain("13812345678");
    }

    @Test
    void aRoundIsDeletedAndRestoredByTheIdTheListGives() throws Exception {
        Path f = dir.resolve("round.json");
        Files.writeString(f, ROUND);
        assertThat(run("screening", "add", "--file", f.toString(), "--db", db.toString())).as(err.toString()).isZero();
        assertThat(run("screening", "list", "--from", "2026-11-25", "--to", "2026-11-25", "--format", "json", "--db", db.toString())).isZero();
        var rounds = new ObjectMapper().readTree(out.toString());
        int before = rounds.size();
        String id = null;
        for (var r : rounds) {
            if (r.get("unit").asText().equals("新田村") && r.get("lead").asText().equals("新田网格员")) {
                id = r.get("id").asText();
            }
        }
        assertThat(id).isNotNull();
        assertThat(run("screening", "delete", "--id", id, "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("restore --id " + id);
        assertThat(run("screening", "list", "--from", "2026-11-25", "--to", "2026-11-25", "--format", "json", "--db", db.toString())).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).findValuesAsText("id")).hasSize(before - 1).doesNotContain(id);
        assertThat(run("screening", "restore", "--id", id, "--db", db.toString())).isZero();
        assertThat(run("screening", "list", "--from", "2026-11-25", "--to", "2026-11-25", "--format", "json", "--db", db.toString())).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).findValuesAsText("id")).hasSize(before).contains(id);
        assertThat(run("screening", "restore", "--id", id, "--db", db.toString())).isEqualTo(Cli.INVALID_DATA);
        assertThat(err.toString()).contains("没有被删除");
        assertThat(run("screening", "delete", "--id", "abc", "--db", db.toString())).isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(err.toString()).contains("不是排查记录的 id");
    }

    @Test
    void badRoundsAreExplainedAndNothingIsSaved() throws Exception {
        Path f = dir.resolve("bad.json");
        Files.writeString(f, "[" + ROUND + "," + ROUND.replace("新田村\", \"grid\": \"新田村第1网格\"", "火星村\"")
                .replace("\"disputeType\": \"山林土地\", ", "").replace("2026-11-25", "2026-12-25") + "]");
        assertThat(run("screening", "add", "--file", f.toString(), "--db", db.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("第 2 次排查 · 村（居）：无法识别“火星村”", "未保存任何内容");
        Files.writeString(f, ROUND.replace("\"disputeType\": \"山林土地\", ", "").replace("2026-11-25", "2026-12-25"));
        assertThat(run("screening", "add", "--file", f.toString(), "--db", db.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("排查日期：日期不能晚于今天（2026-11-26）", "发现1 · 纠纷类型：请为这件矛盾纠纷选择纠纷类型。");
        assertThat(run("screening", "list", "--from", "2026-11-25", "--to", "2026-12-31", "--format", "json", "--db", db.toString())).isZero();
        assertThat(out.toString()).doesNotContain("新田网格员\",\n  \"findings\" : \"1\"");
        assertThat(new ObjectMapper().readTree(out.toString()).findValuesAsText("date")).doesNotContain("2026-12-25");
        assertThat(run("screening", "compliance", "--from", "2026-12-01", "--to", "2026-11-01", "--db", db.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("早于起始日期");
        assertThat(run("screening", "compliance", "--from", "2026-13-01", "--to", "2026-11-01", "--db", db.toString())).isEqualTo(2);
    }

    @Test
    void complianceGivesTheSameNumbersAsTheBoardInEveryFormat() throws Exception {
        LocalDate from = LocalDate.of(2026, 10, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        Compliance.Board board;
        try (Services s = ledger()) {
            board = s.screening().compliance(from, to, null);
        }
        assertThat(run("screening", "compliance", "--from", from.toString(), "--to", to.toString(), "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("排查完成率：" + board.met() + "/" + board.expected() + " = " + board.percent(),
                "2026-W40 — 2026-W53", "东山村");
        assertThat(run("screening", "compliance", "--from", from.toString(), "--to", to.toString(), "--format", "json",
                "--db", db.toString())).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("met").asInt()).isEqualTo(board.met());
        assertThat(json.get("expected").asInt()).isEqualTo(board.expected());
        assertThat(json.get("units").size()).isEqualTo(8);
        assertThat(json.get("units").get(0).get("weeks").size()).isEqualTo(14);
        assertThat(run("screening", "compliance", "--from", from.toString(), "--to", to.toString(), "--format", "csv",
                "--unit", "东山村", "--db", db.toString())).isZero();
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(out.toString())).getRecords();
        assertThat(rows).hasSize(1 + 14);
        long met = rows.stream().skip(1).filter(r -> r.get(3).equals("已排查") || r.get(3).equals("零报告")).count();
        assertThat(met).isEqualTo(board.rows().get(0).met());
    }
}
