package org.mediationledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReceptionCliTest extends CliFixture {

    int add(String json) throws Exception {
        Path f = dir.resolve("day.json");
        Files.writeString(f, json);
        return run("reception", "add", "--file", f.toString(), "--db", db.toString());
    }

    @Test
    void aReceptionDayWithThreeKindsOfMatterAndTheLatePetitions() throws Exception {
        assertThat(add("""
                {"date": "2026-10-20", "leader": "林镇长", "place": "镇信访接待室", "matters": [
                  {"visitorName": "李某", "matter": "咨询低保政策", "handling": "当场答复", "answer": "当场解释政策"},
                  {"visitorName": "王某", "visitorPhone": "13812345678", "people": 3, "matter": "承包地被占",
                   "handling": "登记为信访事项", "acceptedDate": "2026-10-22"},
                  {"visitorName": "赵某", "matter": "邻里排水纠纷", "handling": "转为调解案件"}]}
                """)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("已登记 2026-10-20 的领导接访日：来访事项 3 件，其中信访事项 1 件。");
        // not routed within 15 days of 20 October: late since 5 November; the reply is due 21 December
        assertThat(run("reception", "overdue", "--format", "json", "--db", db.toString())).isZero();
        var json = new ObjectMapper().readTree(out.toString());
        assertThat(json.size()).isEqualTo(1);
        assertThat(json.get(0).get("visitor").asText()).isEqualTo("王某");
        assertThat(json.get(0).get("late").asText()).isEqualTo("应于 2026-11-04 前作出受理决定并转送");
    }

    @Test
    void badDaysAreExplainedAndNothingIsSaved() throws Exception {
        assertThat(add("""
                {"date": "2026-10-20", "leader": "孙明", "matters": [
                  {"visitorName": "王某", "matter": "承包地被占", "handling": "登记为信访事项", "extensionDays": 45, "extensionReason": "x"}]}
                """)).isEqualTo(1);
        assertThat(err.toString()).contains("包案领导：包案领导须是角色为“包案领导”的人员。",
                "来访事项1 · 延期天数：延期天数应在 1 到 30 天之间。", "未保存任何内容");
        assertThat(run("reception", "overdue", "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("超期信访事项 0 件");
    }

    @Test
    void aPetitionIsProgressedByTheIdTheListGives() throws Exception {
        assertThat(add("""
                {"date": "2026-10-20", "leader": "林镇长", "matters": [
                  {"visitorName": "王某", "visitorPhone": "13812345678", "matter": "承包地被占", "handling": "登记为信访事项"}]}
                """)).as(err.toString()).isZero();
        assertThat(run("reception", "list", "--format", "json", "--db", db.toString())).isZero();
        var list = new ObjectMapper().readTree(out.toString());
        assertThat(list.get(0).get("phone").asText()).isEqualTo("138****5678");
        String id = list.get(0).get("matterId").asText();

        Path f = dir.resolve("progress.json");
        Files.writeString(f, "{\"matterId\": \"" + id + "\", \"acceptedDate\": \"2026-10-22\", \"routedDate\": \"2026-10-30\"}");
        assertThat(run("reception", "progress", "--file", f.toString(), "--db", db.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("王某 的信访事项：已保存；没有超期的环节。");
        assertThat(run("reception", "overdue", "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("超期信访事项 0 件");

        // a review before any reply is refused and changes nothing
        Files.writeString(f, "{\"matterId\": \"" + id + "\", \"reviewRequestedDate\": \"2026-11-20\"}");
        assertThat(run("reception", "progress", "--file", f.toString(), "--db", db.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("尚未答复，不能登记复查申请。");
        // the reply on 20 November, dates given before stay
        Files.writeString(f, "{\"matterId\": \"" + id + "\", \"repliedDate\": \"2026-11-20\"}");
        assertThat(run("reception", "progress", "--file", f.toString(), "--db", db.toString())).as(err.toString()).isZero();
        Files.writeString(f, "{\"matterId\": \"" + id + "\", \"reviewRequestedDate\": \"2026-11-25\"}");
        assertThat(run("reception", "progress", "--file", f.toString(), "--db", db.toString())).as(err.toString()).isZero();
    }
}
