package org.mediationledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** `cases add` opens a case from a screening finding or a visitor's matter by its id, linked as in the window. */
class CaseOriginCliTest extends CliFixture {

    @Test
    void aCaseOpenedFromAFindingIsLinkedAndTheFindingCountsAsBecameACase() throws Exception {
        assertThat(run("screening", "ledger", "--from", "2026-01-01", "--to", "2026-11-26", "--format", "json", "--db", db.toString()))
                .isZero();
        JsonNode rows = new ObjectMapper().readTree(out.toString());
        String findingId = null;
        for (JsonNode r : rows) {
            if (r.hasNonNull("findingId") && !r.get("findingId").asText().isEmpty()) {
                findingId = r.get("findingId").asText();
                break;
            }
        }
        assertThat(findingId).isNotNull();
        Path f = dir.resolve("case.json");
        Files.writeString(f, CliTest.VALID.replace("\"mediator\": \"李建国\",", "\"mediator\": \"李建国\", \"findingId\": \"" + findingId + "\","));
        assertThat(run("cases", "add", "--file", f.toString(), "--db", db.toString())).as(err.toString()).isZero();
        assertThat(out.toString()).contains("已登记：（2026）青山镇人调字第013号");
        // the same finding a second time: refused with a sentence, nothing saved
        assertThat(run("cases", "add", "--file", f.toString(), "--db", db.toString())).isEqualTo(Cli.INVALID_DATA);
        assertThat(err.toString()).contains("未保存任何内容").doesNotContain("Exception", "意外错误");
        assertThat(run("screening", "ledger", "--from", "2026-01-01", "--to", "2026-11-26", "--format", "json", "--db", db.toString()))
                .isZero();
        String linked = findingId;
        JsonNode after = new ObjectMapper().readTree(out.toString());
        JsonNode row = null;
        for (JsonNode r : after) {
            if (linked.equals(r.path("findingId").asText())) {
                row = r;
            }
        }
        assertThat(row).isNotNull();
        assertThat(row.toString()).contains("已转案件");

        // an id that names nothing, or a malformed one, is a sentence naming the field
        Files.writeString(f, CliTest.VALID.replace("\"mediator\": \"李建国\",",
                "\"mediator\": \"李建国\", \"findingId\": \"00000000-0000-0000-0000-000000000000\","));
        assertThat(run("cases", "add", "--file", f.toString(), "--db", db.toString())).isEqualTo(Cli.INVALID_DATA);
        assertThat(err.toString()).contains("findingId").doesNotContain("Exception", "意外错误");
        Files.writeString(f, CliTest.VALID.replace("\"mediator\": \"李建国\",", "\"mediator\": \"李建国\", \"receptionMatterId\": \"abc\","));
        assertThat(run("cases", "add", "--file", f.toString(), "--db", db.toString())).isEqualTo(Cli.INVALID_DATA);
        assertThat(err.toString()).contains("receptionMatterId", "abc");
        assertThat(run("cases", "list", "--format", "json", "--db", db.toString())).isZero();
        assertThat(new ObjectMapper().readTree(out.toString())).hasSize(13);
    }
}
