package org.mediationledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;

class PathCliTest extends CliFixture {
    Path file(String name, String json) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, json);
        return f;
    }

    int step(String command, String n, Path f) {
        return run("cases", command, n, "--file", f.toString(), "--db", db.toString());
    }

    @Test
    void theWholePathFromTheCommandLine() throws Exception {
        assertThat(step("attempt", "12", file("a1.json", """
                {"level": "村级", "date": "2026-11-24", "place": "北坪村委会", "mediators": ["刘桂兰"], "result": "调解不成"}
                """))).as(err.toString()).isZero();
        assertThat(out.toString()).contains("（2026）青山镇人调字第012号：已保存，案件状态为“调解中”。");
        assertThat(step("escalate", "2026-12", file("e.json", """
                {"date": "2026-11-24", "toLevel": "TOWNSHIP", "reason": "村级调解不成"}
                """))).isZero();
        assertThat(step("attempt", "（2026）青山镇人调字第012号", file("a2.json", """
                {"level": "镇级", "date": "2026-11-25", "result": "SUCCESS"}
                """))).isZero();
        assertThat(step("agree", "12", file("ag.json", """
                {"written": true, "reachedDate": "2026-11-25", "terms": "退货退款 9800 元", "amount": 9800,
                 "partiesSignedDate": "2026-11-25", "mediatorSignedDate": "2026-11-25", "sealedDate": "2026-11-26",
                 "performanceDeadline": "2026-12-05"}
                """))).isZero();
        assertThat(step("perform", "12", file("p.json", "{\"status\": \"已履行\", \"date\": \"2026-11-26\"}"))).isZero();
        assertThat(step("followup", "12", file("f.json", "{\"date\": \"2026-11-26\", \"visitor\": \"刘桂兰\", \"satisfaction\": \"满意\"}"))).isZero();

        assertThat(run("cases", "show", "12", "--format", "json", "--db", db.toString())).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("status").asText()).isEqualTo("FOLLOWED_UP");
        assertThat(json.get("resolutionLevel").asText()).isEqualTo("TOWNSHIP");
        assertThat(json.get("agreement").get("effectiveDate").asText()).isEqualTo("2026-11-26");
        assertThat(json.get("agreement").get("confirmationDeadline").asText()).isEqualTo("2026-12-26");
        assertThat(json.get("path").findValuesAsText("kind")).containsExactly("REGISTERED", "ATTEMPT", "ESCALATED", "ATTEMPT",
                "AGREEMENT", "EFFECTIVE", "PERFORMANCE", "FOLLOW_UP");
    }

    @Test
    void aRefusedStepIsOneSentenceAndExitCode1() throws Exception {
        assertThat(step("perform", "12", file("p.json", "{\"status\": \"已履行\", \"date\": \"2026-11-26\"}"))).isEqualTo(1);
        assertThat(err.toString()).contains("状态为“已受理”的案件不能登记履行情况。", "未保存任何内容");
        assertThat(step("attempt", "99", file("a.json", "{\"level\": \"村级\", \"date\": \"2026-11-24\", \"result\": \"调解不成\"}")))
                .isEqualTo(2);
        assertThat(err.toString()).contains("找不到案件 99");
        assertThat(step("attempt", "12", file("b.json", "{\"level\": \"省级\", \"date\": \"2026-11-24\", \"result\": \"调解不成\"}")))
                .isEqualTo(1);
        assertThat(err.toString()).contains("调解层级：无法识别“省级”");
        assertThat(run("cases", "show", "12", "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("受理登记").doesNotContain("调解不成");
    }

    @Test
    void aFailedMediationIsEndedOnTheCommandLineAndTheStepsWithoutDetailsTakeNoFile() throws Exception {
        assertThat(step("attempt", "12", file("a.json", """
                {"level": "VILLAGE", "date": "2026-11-24", "result": "FAILURE"}
                """))).isZero();
        // a day before the failed attempt: refused naming the date
        assertThat(step("terminate", "12", file("t0.json", "{\"date\": \"2026-11-23\", \"reason\": \"分歧较大\"}"))).isEqualTo(1);
        assertThat(err.toString()).contains("日期：", "2026-11-24", "未保存任何内容");
        assertThat(step("terminate", "12", file("t.json", "{\"date\": \"2026-11-24\", \"reason\": \"分歧较大\"}"))).isZero();
        assertThat(out.toString()).contains("案件状态为“调解终结”");
        assertThat(run("cases", "terminate", "12", "--db", db.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("terminate 需要 --file");
        assertThat(run("cases", "close", "12", "--db", db.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("已结案");
        assertThat(run("cases", "archive", "12", "--db", db.toString())).isZero();
        assertThat(run("cases", "show", "12", "--format", "json", "--db", db.toString())).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("status").asText()).isEqualTo("ARCHIVED");
        assertThat(json.get("path").findValuesAsText("kind")).containsExactly("REGISTERED", "ATTEMPT", "TERMINATED");
    }

    @Test
    void manyStepsForManyCasesInOneFileAllOrNothing() throws Exception {
        Path steps = file("steps.json", """
                [
                 {"case": "2026-12", "step": "attempt", "level": "VILLAGE", "date": "2026-11-24", "result": "FAILURE"},
                 {"case": "12", "step": "escalate", "date": "2026-11-24", "toLevel": "TOWNSHIP", "reason": "村级调解不成"},
                 {"case": 12, "step": "attempt", "level": "TOWNSHIP", "date": "2026-11-25", "result": "SUCCESS"},
                 {"case": "12", "step": "agree", "written": false, "reachedDate": "2026-11-25", "terms": "口头协议"},
                 {"case": "11", "step": "attempt", "level": "VILLAGE", "date": "2026-11-25", "result": "FAILURE"},
                 {"case": "11", "step": "terminate", "date": "2026-11-26", "reason": "当事人坚持起诉"},
                 {"case": "11", "step": "close"}
                ]
                """);
        // the last step is refused (an agreement cannot be performed before it is reached): nothing of the file is kept
        Path bad = file("bad.json", Files.readString(steps).replace("{\"case\": \"11\", \"step\": \"close\"}",
                "{\"case\": \"11\", \"step\": \"close\"}, {\"case\": \"12\", \"step\": \"perform\", \"status\": \"PERFORMED\", \"date\": \"2026-11-24\"}"));
        assertThat(run("cases", "path", "--file", bad.toString(), "--db", db.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("第 8 步（（2026）青山镇人调字第012号 · perform）", "日期：", "未保存任何内容");
        assertThat(out.toString()).isEmpty();
        assertThat(run("cases", "show", "12", "--format", "json", "--db", db.toString())).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("path").findValuesAsText("kind")).containsExactly("REGISTERED");
        assertThat(run("cases", "show", "11", "--format", "json", "--db", db.toString())).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("path").findValuesAsText("kind")).doesNotContain("TERMINATED");

        // problems found while reading are all listed at once, with their step
        Path unreadable = file("unreadable.json", """
                [{"case": "12", "step": "attempt", "level": "省级", "date": "2026-11-24", "result": "FAILURE"},
                 {"case": "999", "step": "close"},
                 {"case": "12", "step": "fly"},
                 {"step": "close"},
                 {"case": "12", "step": "terminate", "date": "2026-11-26", "why": "?"}]
                """);
        assertThat(run("cases", "path", "--file", unreadable.toString(), "--db", db.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("第 1 步（12 · attempt）：调解层级：无法识别“省级”", "第 2 步（999 · close）：找不到案件 999",
                "第 3 步：没有“fly”这个步骤", "第 4 步：缺少“case”", "第 5 步（12 · terminate）：", "why", "未保存任何内容");

        assertThat(run("cases", "path", "--file", steps.toString(), "--db", db.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("第 7 步（（2026）青山镇人调字第011号 · close）", "共保存 7 步，涉及 2 个案件");
        assertThat(run("cases", "show", "12", "--format", "json", "--db", db.toString())).isZero();
        JsonNode twelve = new ObjectMapper().readTree(out.toString());
        assertThat(twelve.get("status").asText()).isEqualTo("AGREEMENT_REACHED");
        assertThat(twelve.get("resolutionLevel").asText()).isEqualTo("TOWNSHIP");
        assertThat(run("cases", "show", "11", "--format", "json", "--db", db.toString())).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("status").asText()).isEqualTo("CLOSED");
    }

    @Test
    void extensionsAndPreventionFromTheCommandLine() throws Exception {
        assertThat(step("extend", "12", file("x0.json", "{\"date\": \"2026-11-26\", \"days\": 0, \"reason\": \"鉴定\", \"partiesConsent\": true}")))
                .isEqualTo(1);
        assertThat(err.toString()).contains("延长天数", "未保存任何内容");
        assertThat(step("extend", "12", file("x1.json", "{\"date\": \"2026-11-26\", \"days\": 15, \"reason\": \"鉴定\"}")))
                .isEqualTo(1);
        assertThat(step("extend", "12", file("x2.json", "{\"date\": \"2026-11-26\", \"days\": 15, \"reason\": \"鉴定\", \"partiesConsent\": true}")))
                .as(err.toString()).isZero();
        assertThat(step("prevention", "12", file("p0.json", "{\"preventedCriminal\": 0}"))).isEqualTo(1);
        assertThat(step("prevention", "12", file("p1.json", "{\"preventedCriminal\": 1.5}"))).isEqualTo(1);
        assertThat(err.toString()).contains("preventedCriminal");
        assertThat(step("prevention", "12", file("p2.json", "{\"preventedCriminal\": 3}"))).as(err.toString()).isZero();
        assertThat(run("cases", "show", "12", "--format", "json", "--db", db.toString())).isZero();
        JsonNode json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get("deadline").asText()).isEqualTo("2027-01-07"); // received 2026-11-23: 30 days and 15 more
        assertThat(json.get("path").findValuesAsText("kind")).contains("EXTENSION");
    }

    @Test
    void everyStepsHelpListsTheFieldsItReads() {
        assertThat(run("cases", "agree", "--help")).isZero();
        assertThat(out.toString()).contains("partiesSignedDate", "mediatorSignedDate", "sealedDate", "performanceDeadline",
                "confirmationAppliedDate", "reachedDate", "* 达成日期");
        assertThat(run("cases", "terminate", "--help")).isZero();
        assertThat(out.toString()).contains("date", "reason");
        assertThat(run("--lang", "en", "leader", "assign", "--help")).isZero();
        assertThat(out.toString()).contains("assignedDate", "deadline", "unit", "+ Case number").doesNotContain("instruction");
    }
}
