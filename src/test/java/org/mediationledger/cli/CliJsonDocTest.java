package org.mediationledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.mediationledger.model.Messages;
import picocli.CommandLine;

/**
 * docs/cli-json.md, the page the README links for the JSON of every command, is made from the same field lists the
 * commands' --help shows (so it cannot miss a field), with one example per command that this test reads through the
 * command's own input record (so an example cannot go stale). Run with -Ddocs.update=true to write the page anew.
 */
class CliJsonDocTest {
    static final Path PAGE = Path.of("docs/cli-json.md");

    /** One example per command, for the demo township (青山镇). */
    static final Map<String, String> EXAMPLES = new LinkedHashMap<>();

    static {
        EXAMPLES.put("cases add", CliTest.VALID);
        EXAMPLES.put("cases attempt", """
                {"level": "VILLAGE", "kind": "PEOPLES", "date": "2026-11-24", "place": "北坪村委会", "mediators": ["刘桂兰"],
                 "facts": "农机质量问题属实", "result": "FAILURE"}
                """);
        EXAMPLES.put("cases escalate", """
                {"date": "2026-11-24", "toLevel": "TOWNSHIP", "reason": "村级调解不成，双方同意到镇调委会调解"}
                """);
        EXAMPLES.put("cases terminate", """
                {"date": "2026-11-26", "reason": "双方分歧较大，已告知可向人民法院起诉"}
                """);
        EXAMPLES.put("cases agree", """
                {"written": true, "reachedDate": "2026-11-25", "terms": "商家退货退款 9800 元", "amount": 9800,
                 "performanceManner": "一次性转账", "performanceDeadline": "2026-12-05", "partiesSignedDate": "2026-11-25",
                 "mediatorSignedDate": "2026-11-25", "sealedDate": "2026-11-26"}
                """);
        EXAMPLES.put("cases perform", """
                {"status": "PERFORMED", "date": "2026-11-26", "notes": "已退款"}
                """);
        EXAMPLES.put("cases followup", """
                {"date": "2026-11-26", "visitor": "刘桂兰", "satisfaction": "SATISFIED", "disputeReturned": false}
                """);
        EXAMPLES.put("cases extend", """
                {"date": "2026-11-26", "days": 15, "reason": "需等待鉴定结果", "partiesConsent": true}
                """);
        EXAMPLES.put("cases prevention", """
                {"preventedCriminal": 3}
                """);
        EXAMPLES.put("cases withdraw", "");
        EXAMPLES.put("cases close", "");
        EXAMPLES.put("cases archive", "");
        EXAMPLES.put("screening add", ScreeningCliTest.ROUND);
        EXAMPLES.put("reception add", """
                {"date": "2026-11-20", "leader": "马书记", "place": "镇信访接待室",
                 "matters": [{"visitorName": "李某", "matter": "咨询低保政策", "handling": "ANSWERED", "answer": "当场解释政策"},
                             {"visitorName": "王某", "visitorPhone": "13812345678", "people": 3, "matter": "承包地被占",
                              "handling": "PETITION", "acceptedDate": "2026-11-20"}]}
                """);
        EXAMPLES.put("reception progress", """
                {"matterId": "(the id that reception list --format json gives)", "routedDate": "2026-11-21", "repliedDate": "2026-11-25"}
                """);
        EXAMPLES.put("leader assign", """
                {"caseNumber": "2026-7", "leader": "马书记", "unit": "新田村", "responsiblePerson": "赵国庆", "team": "镇综治办、新田村两委",
                 "plan": "查明界址，组织两组协商", "assignedDate": "2026-11-02", "deadline": "2027-02-02"}
                """);
        EXAMPLES.put("leader extend", """
                {"caseNumber": "2026-7", "date": "2026-11-20", "days": 30, "reason": "需县林业局勘界", "approved": true, "decidedBy": "马书记"}
                """);
        EXAMPLES.put("leader supervise", """
                {"caseNumber": "2026-7", "date": "2026-11-25", "supervisor": "马书记", "instruction": "月底前拿出勘界结果",
                 "progress": "已约林业站", "nextCheckDate": "2026-12-05"}
                """);
        EXAMPLES.put("leader close", """
                {"caseNumber": "2026-7", "outcome": "RESOLVED", "satisfaction": "SATISFIED", "date": "2026-11-26"}
                """);
    }

    static Map<String, JsonInput> commands() {
        Cli cli = new Cli(null, new PrintWriter(Writer.nullWriter()), new PrintWriter(Writer.nullWriter()));
        CommandLine all = new CommandLine(new MainCommand(cli));
        MainCommand.COMMANDS.forEach(all::addSubcommand);
        return JsonHelp.all(all);
    }

    static String render() {
        Messages zh = Messages.forLanguage("zh");
        StringBuilder b = new StringBuilder();
        b.append("# 命令行的 JSON 输入 / The JSON each command reads\n\n");
        b.append("Generated from the commands themselves (`CliJsonDocTest`; `mvn test -Dtest=CliJsonDocTest -Ddocs.update=true`"
                + " writes it anew). Every command below reads `--file x.json` holding one object (or, where it says so, an array"
                + " of them). `*` required; `+` give one of the fields so marked. Names (units, staff, types) as entered in the"
                + " township; fixed values by their English name (shown) or their Chinese label. Dates as 2026-11-26. A field the"
                + " command does not know is refused with the list of those it knows; so is a value of the wrong kind.\n\n");
        b.append("`cases path --file steps.json` takes an array of steps for one or many cases, all or nothing: each object is"
                + " `{\"case\": \"2026-12\", \"step\": \"attempt\", …the fields of that step}`, `step` one of attempt, escalate,"
                + " terminate, agree, perform, followup, extend, prevention, withdraw, close, archive.\n\n");
        b.append("```json\n").append(PATH_EXAMPLE.strip()).append("\n```\n\n");
        commands().forEach((name, in) -> {
            b.append("## `").append(name).append("`\n\n");
            var fields = JsonHelp.fields(in, zh);
            if (fields.isEmpty()) {
                b.append("No file: `").append(name).append(" N`.\n\n");
                return;
            }
            b.append("| field | | 含义 | value |\n|---|---|---|---|\n");
            for (JsonHelp.Field f : fields) {
                b.append("| `").append(f.path()).append("` | ").append(f.mark()).append(" | ").append(f.label()).append(" | ")
                        .append(f.value().replace("|", "\\|")).append(" |\n");
            }
            b.append("\n```json\n").append(EXAMPLES.get(name).strip()).append("\n```\n\n");
        });
        return b.toString();
    }

    static final String PATH_EXAMPLE = """
            [
             {"case": "2026-12", "step": "attempt", "level": "VILLAGE", "date": "2026-11-24", "result": "FAILURE"},
             {"case": "2026-12", "step": "escalate", "date": "2026-11-24", "toLevel": "TOWNSHIP", "reason": "村级调解不成"},
             {"case": "2026-12", "step": "attempt", "level": "TOWNSHIP", "date": "2026-11-25", "result": "SUCCESS"},
             {"case": "2026-11", "step": "attempt", "level": "VILLAGE", "date": "2026-11-25", "result": "FAILURE"},
             {"case": "2026-11", "step": "terminate", "date": "2026-11-26", "reason": "当事人坚持起诉"},
             {"case": "2026-11", "step": "close"}
            ]
            """;

    @Test
    void everyCommandThatReadsJsonHasAnExampleThatItsInputRecordReads() throws Exception {
        var commands = commands();
        assertThat(EXAMPLES.keySet()).containsExactlyInAnyOrderElementsOf(commands.keySet());
        ObjectMapper mapper = new ObjectMapper();
        Path tmp = Files.createTempFile("example", ".json");
        Messages zh = Messages.forLanguage("zh");
        for (var e : commands.entrySet()) {
            String example = EXAMPLES.get(e.getKey());
            if (e.getValue().jsonType().getRecordComponents().length == 0) {
                assertThat(example).as(e.getKey()).isEmpty();
                continue;
            }
            ObjectNode node = (ObjectNode) mapper.readTree(example);
            // only the command's own fields, and every required one present
            node.fieldNames().forEachRemaining(f -> assertThat(e.getValue().jsonFields()).as(e.getKey()).contains(f));
            for (String r : e.getValue().jsonRequired()) {
                assertThat(java.util.Arrays.stream(r.split("\\|")).anyMatch(node::has)).as(e.getKey() + " " + r).isTrue();
            }
            assertThat(Json.convert(tmp, node, e.getValue().jsonType(), zh)).as(e.getKey()).isNotNull();
        }
        for (var step : mapper.readTree(PATH_EXAMPLE)) {
            ObjectNode o = ((ObjectNode) step).deepCopy();
            o.remove("case");
            PathSteps.Kind kind = PathSteps.kind(o.remove("step").asText());
            assertThat(Json.convert(tmp, o, kind.input(), zh)).isNotNull();
        }
        Files.delete(tmp);
    }

    @Test
    void thePageIsUpToDate() throws Exception {
        String now = render();
        if (Boolean.getBoolean("docs.update")) {
            Files.writeString(PAGE, now);
        }
        assertThat(Files.readString(PAGE)).as("docs/cli-json.md is stale: run mvn test -Dtest=CliJsonDocTest -Ddocs.update=true")
                .isEqualTo(now);
    }
}
