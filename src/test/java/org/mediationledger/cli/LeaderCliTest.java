package org.mediationledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

class LeaderCliTest extends CliFixture {
    int leader(String command, String json) throws Exception {
        Path f = dir.resolve(command + ".json");
        Files.writeString(f, json);
        return run("leader", command, "--file", f.toString(), "--db", db.toString());
    }

    @Test
    void assignSuperviseExtendCloseAndTheOverdueList() throws Exception {
        assertThat(leader("assign", """
                {"caseNumber": "7", "leader": "林镇长", "responsiblePerson": "赵国庆", "plan": "现场勘界", "assignedDate": "2026-08-20"}
                """)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("化解时限 2026-11-20");
        assertThat(leader("assign", "{\"caseNumber\": \"7\", \"leader\": \"马书记\", \"plan\": \"再包一次\"}")).isEqualTo(1);
        assertThat(err.toString()).contains("同一事项只能有一位包案领导");
        assertThat(leader("assign", "{\"caseNumber\": \"8\", \"leader\": \"孙明\", \"plan\": \"x\"}")).isEqualTo(1);
        assertThat(err.toString()).contains("角色为“包案领导”");

        assertThat(run("leader", "overdue", "--format", "json", "--db", db.toString())).isZero();
        var json = new ObjectMapper().readTree(out.toString());
        assertThat(json.size()).isEqualTo(1);
        assertThat(json.get(0).get("leader").asText()).isEqualTo("林镇长");
        assertThat(json.get(0).get("daysOverdue").asText()).isEqualTo("6");

        assertThat(leader("supervise", """
                {"caseNumber": "7", "supervisor": "孙明", "instruction": "一周内拿出勘界结果", "nextCheckDate": "2026-12-03"}
                """)).isZero();
        assertThat(leader("extend", """
                {"caseNumber": "7", "days": 40, "reason": "等待勘界", "approved": true, "decidedBy": "马书记"}
                """)).isEqualTo(1);
        assertThat(err.toString()).contains("延期天数应在 1 到 30 天之间");
        assertThat(leader("extend", """
                {"caseNumber": "7", "days": 10, "reason": "等待勘界", "approved": true, "decidedBy": "马书记"}
                """)).isZero();
        assertThat(out.toString()).contains("化解时限 2026-11-30");
        assertThat(run("leader", "overdue", "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("超期未办结 0 件");
        assertThat(leader("close", "{\"caseNumber\": \"7\", \"outcome\": \"案结事了\", \"satisfaction\": \"满意\"}")).isZero();
        assertThat(out.toString()).contains("案结事了");
        assertThat(leader("close", "{\"caseNumber\": \"7\", \"outcome\": \"案结事了\"}")).isEqualTo(1);
        assertThat(err.toString()).contains("没有在办的包案事项");
    }

    @Test
    void aScreeningFindingIsAssignedByTheIdTheLedgerGives() throws Exception {
        assertThat(run("screening", "ledger", "--from", "2026-09-01", "--to", "2026-11-26", "--format", "json", "--db", db.toString()))
                .isZero();
        var rows = new ObjectMapper().readTree(out.toString());
        com.fasterxml.jackson.databind.JsonNode finding = null;
        for (var r : rows) {
            if (!r.get("findingId").isNull() && !r.get("result").asText().equals("已转案件")) {
                finding = r;
                break;
            }
        }
        assertThat(finding).as(rows.toString()).isNotNull();
        String id = finding.get("findingId").asText();
        assertThat(leader("assign", "{\"findingId\": \"" + id + "\", \"leader\": \"马书记\", \"plan\": \"约谈双方\", "
                + "\"assignedDate\": \"2026-08-01\"}")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("排查发现：", "化解时限 2026-11-01");
        assertThat(leader("supervise", "{\"findingId\": \"" + id + "\", \"instruction\": \"本周见面\"}")).as(err.toString()).isZero();
        assertThat(run("leader", "overdue", "--format", "json", "--db", db.toString())).isZero();
        var json = new ObjectMapper().readTree(out.toString());
        assertThat(json.get(0).get("caseNumber").asText()).startsWith("排查发现：");
        assertThat(json.get(0).get("leader").asText()).isEqualTo("马书记");
        // the ledger names the leader and the deadline of the finding
        assertThat(run("screening", "ledger", "--from", "2026-09-01", "--to", "2026-11-26", "--format", "json", "--db", db.toString()))
                .isZero();
        for (var r : new ObjectMapper().readTree(out.toString())) {
            if (id.equals(r.get("findingId").asText())) {
                assertThat(r.get("leader").asText()).isEqualTo("马书记");
                assertThat(r.get("deadline").asText()).isEqualTo("2026-11-01");
            }
        }

        assertThat(leader("assign", "{\"findingId\": \"" + id + "\", \"caseNumber\": \"7\", \"leader\": \"马书记\", \"plan\": \"x\"}"))
                .isEqualTo(1);
        assertThat(err.toString()).contains("二者只能有一个");
        assertThat(leader("assign", "{\"findingId\": \"not-an-id\", \"leader\": \"马书记\", \"plan\": \"x\"}")).isEqualTo(1);
        assertThat(err.toString()).contains("not-an-id");
    }
}
