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
        assertThat(out.toString()).contains("（2026）青山镇人调字第012号：已保存，案件状态为“调解不成”。");
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
}
