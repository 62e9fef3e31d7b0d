package org.mediationledger.safety;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;
import org.mediationledger.cli.Cli;
import org.mediationledger.cli.CliTestData;
import org.mediationledger.service.BackupService;
import org.mediationledger.service.Services;

/**
 * Generated malformed input to `cases add`, `screening add` and `cases attempt`: wrong types, huge strings, control
 * characters, unpaired surrogates, nulls, bad dates and numbers, deep nesting, invalid UTF-8, unknown fields, too many
 * parties. Every one is refused with exit 1 or 2 and a sentence — never a stack trace or "意外错误" — and nothing
 * refused changes a row.
 */
class FuzzTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final String ROUND = CliTestData.ROUND;
    static final String ATTEMPT = """
            {"level": "村级", "date": "2026-11-24", "place": "北坪村委会", "mediators": ["刘桂兰"], "result": "调解不成"}
            """;

    static final List<String> CONTROL = List.of("\"a\\u0000b\"", "\"a\\u001bb\"", "\"a\\u202eb\"", "\"a\\ud800b\"", "\"\\udc00\"",
            "\"\\u2066x\"", "[]", "{}");
    static final List<String> REQUIRED = List.of("null", "\"\"", "\"   \"", "[]", "{}");
    static final List<String> UNKNOWN = List.of("\"不存在的值\"", "12", "[]", "{}", "\"\\u0000\"");
    static final List<String> PEOPLE = List.of("0", "-1", "1.5", "\"abc\"", "99999999999", "1e400", "2000000", "[]", "{}", "true");
    static final List<String> AMOUNT = List.of("-1", "0.005", "1e12", "1000000000000.5", "\"abc\"", "[]", "{}", "-0.01");
    static final List<String> DATE = List.of("\"2021-13-01\"", "\"0000-01-01\"", "\"-999999999-01-01\"", "\"1500-01-01\"",
            "\"2099-01-01\"", "\"abc\"", "20211301", "[]", "{}", "\"1949-09-30\"", "\"2026-02-30\"", "\"+12026-01-01\"");

    @TempDir
    Path dir;
    final Random random = new Random(11);
    int runs;

    record Field(String path, List<String> bad) {
    }

    static String huge(int n) {
        return "\"" + "字".repeat(n) + "\"";
    }

    static List<String> text(int max, boolean required) {
        List<String> l = new ArrayList<>(CONTROL);
        l.add(huge(max + 1));
        l.add(huge(100_000));
        if (required) {
            l.addAll(REQUIRED);
        }
        return l;
    }

    static List<String> plus(List<String> a, String... more) {
        List<String> l = new ArrayList<>(a);
        l.addAll(List.of(more));
        return l;
    }

    static final List<Field> CASE_FIELDS = List.of(
            new Field("source", plus(UNKNOWN, "null", "\"\"")), new Field("disputeType", plus(UNKNOWN, "null")),
            new Field("unit", plus(UNKNOWN, "null")), new Field("riskLevel", plus(UNKNOWN, "null", "\"紫色\"")),
            new Field("grid", List.of("\"不存在网格\"", "[]", "{}")), new Field("summary", text(4000, true)),
            new Field("requests", text(4000, false)), new Field("peopleInvolved", plus(PEOPLE, "null")),
            new Field("amountInvolved", AMOUNT), new Field("receivedDate", plus(DATE, "null")),
            new Field("mediator", List.of("\"没有此人\"", "[]", "{}")),
            new Field("parties", List.of("null", "[]", "[null]", "\"abc\"", "{}", "[1]", "PARTIES51", "PARTIES10000")),
            new Field("parties[0].role", plus(UNKNOWN, "null", "\"法官\"")), new Field("parties[0].name", text(100, true)),
            new Field("parties[1].name", text(100, true)), new Field("parties[0].gender", List.of("\"未知\"", "[]", "{}")),
            new Field("parties[0].ethnicity", text(30, false)), new Field("parties[0].birthDate", List.of("\"1800-01-01\"",
                    "\"2099-01-01\"", "\"x\"", "[]")), new Field("parties[1].age", List.of("-1", "151", "1.5", "\"x\"", "[]")),
            new Field("parties[0].occupation", text(100, false)), new Field("parties[0].phone", plus(text(30, false), "\"123\"")),
            new Field("parties[1].address", text(300, false)),
            new Field("parties[0].idNumber", List.of("\"123\"", "\"110105194912310021\"", "[]", "{}", "\"11010519491231002X\\u0000\"")),
            new Field("findingId", List.of("1", "\"x\"", "\"00000000-0000-0000-0000-000000000000\"", "[]", "{}")),
            new Field("receptionMatterId", List.of("\"abc\"", "\"00000000-0000-0000-0000-000000000001\"", "[]")),
            new Field("caseNotes", List.of("1", "null")), new Field("parties[0].extra", List.of("1")));

    static final List<Field> ROUND_FIELDS = List.of(
            new Field("date", plus(DATE, "null")), new Field("unit", plus(UNKNOWN, "null")),
            new Field("grid", List.of("\"不存在网格\"", "[]", "{}")), new Field("kind", List.of("\"不存在\"", "[]", "{}", "12")),
            new Field("lead", List.of("\"没有此人\"", "[]", "{}")), new Field("screeners", List.of("[\"没有此人\"]", "\"abc\"", "{}", "[[]]")),
            new Field("notes", text(2000, false)), new Field("findings", List.of("\"abc\"", "{}", "[1]", "FINDINGS201")),
            new Field("findings[0].summary", text(2000, true)), new Field("findings[0].disputeType", plus(UNKNOWN, "null")),
            new Field("findings[0].peopleInvolved", PEOPLE), new Field("findings[0].amountInvolved", AMOUNT),
            new Field("findings[0].riskLevel", List.of("\"紫色\"", "[]", "{}")), new Field("findings[0].measures", text(2000, false)),
            new Field("findings[0].status", List.of("\"未知状态\"", "[]", "{}")),
            new Field("findings[0].parties", List.of("\"abc\"", "{}", "[1]", "[{\"name\": null}]", "[{\"name\": " + huge(101) + "}]",
                    "[{\"name\": \"甲\", \"phone\": \"123\"}]", "[{\"name\": \"a\\u0000\"}]")),
            new Field("surprise", List.of("1")));

    static final List<Field> ATTEMPT_FIELDS = List.of(
            new Field("level", plus(UNKNOWN, "null", "\"省级\"")), new Field("date", plus(DATE, "null", "\"2026-11-01\"")),
            new Field("result", plus(UNKNOWN, "null")), new Field("kind", List.of("\"不存在\"", "[]", "{}")),
            new Field("place", text(200, false)), new Field("mediators", List.of("[\"没有此人\"]", "\"abc\"", "{}")),
            new Field("otherParticipants", text(500, false)), new Field("applicantStatement", text(4000, false)),
            new Field("facts", text(4000, false)), new Field("notes", text(2000, false)), new Field("extra", List.of("true")));

    static final List<byte[]> STRUCTURAL = List.of(new byte[0], b("null"), b("42"), b("\"text\""), b("[1]"), b("[null]"), b("{"),
            b("{\"source\": }"), b("[]"), b("[".repeat(5000) + "]".repeat(5000)), b("{\"a\":".repeat(3000) + "1" + "}".repeat(3000)),
            b("\uFEFF{}x"), new byte[] {'{', '"', 's', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}'},
            new byte[] {(byte) 0xFF, (byte) 0xFE, '{', 0, '}', 0}, b("{} {}"), b("[{}, 1]"), b("{\"summary\": \"" + "x".repeat(30_000_000 / 1000) + "\""));

    static byte[] b(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** The valid input with 1 to 3 fields given bad values (each bad value alone makes the input invalid). */
    String mutate(String valid, List<Field> fields) throws Exception {
        ObjectNode root = (ObjectNode) JSON.readTree(valid);
        Map<String, String> raw = new LinkedHashMap<>();
        int n = 1 + random.nextInt(3);
        for (int i = 0; i < n; i++) {
            Field f = fields.get(random.nextInt(fields.size()));
            String bad = f.bad().get(random.nextInt(f.bad().size()));
            String mark = "@@" + raw.size() + "@@";
            raw.put(mark, special(bad));
            set(root, f.path(), mark);
        }
        String text = JSON.writeValueAsString(root);
        for (var e : raw.entrySet()) {
            text = text.replace("\"" + e.getKey() + "\"", e.getValue());
        }
        return text;
    }

    static String special(String bad) {
        return switch (bad) {
            case "PARTIES51" -> parties(51);
            case "PARTIES10000" -> parties(10_000);
            case "FINDINGS201" -> "[" + String.join(",", java.util.Collections.nCopies(201,
                    "{\"summary\": \"争议\", \"disputeType\": \"山林土地\"}")) + "]";
            default -> bad;
        };
    }

    static String parties(int n) {
        List<String> l = new ArrayList<>();
        l.add("{\"role\": \"APPLICANT\", \"name\": \"甲\"}");
        for (int i = 1; i < n; i++) {
            l.add("{\"role\": \"RESPONDENT\", \"name\": \"乙" + i + "\"}");
        }
        return "[" + String.join(",", l) + "]";
    }

    static void set(ObjectNode root, String path, String value) {
        JsonNode node = root;
        String[] parts = path.split("\\.");
        for (int i = 0; i < parts.length - 1; i++) {
            String p = parts[i];
            int open = p.indexOf('[');
            JsonNode child = node.get(p.substring(0, open));
            if (!(child instanceof ArrayNode a) || !(a.get(Integer.parseInt(p.substring(open + 1, p.length() - 1))) instanceof ObjectNode)) {
                return; // an earlier mutation already replaced the list: this one has nothing to change
            }
            node = a.get(Integer.parseInt(p.substring(open + 1, p.length() - 1)));
        }
        ((ObjectNode) node).put(parts[parts.length - 1], value);
    }

    void expectRefused(Cli cli, StringWriter out, StringWriter err, byte[] content, String... args) throws Exception {
        Path f = dir.resolve("in.json");
        Files.write(f, content);
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        String[] full = new String[args.length + 2];
        System.arraycopy(args, 0, full, 0, args.length);
        full[args.length] = "--file";
        full[args.length + 1] = f.toString();
        int code = cli.run(full);
        runs++;
        String shown = new String(content, StandardCharsets.UTF_8);
        String what = shown.length() > 300 ? shown.substring(0, 300) + "…" : shown;
        assertThat(code).as("exit code for %s\n%s%s", what, out, err).isIn(Cli.INVALID_DATA, Cli.BAD_ARGUMENTS);
        assertThat(err.toString()).as("a sentence for %s", what).isNotBlank()
                .doesNotContain("意外错误", "Exception", "\tat ", "java.", "org.mediationledger", "com.fasterxml");
        assertThat(out.toString()).doesNotContain("已登记", "已保存");
    }

    @Test
    void malformedInputIsRefusedWithASentenceAndChangesNothing() throws Exception {
        Path db = dir.resolve("ledger.mv.db");
        try (Services s = Composition.open(db, TestData.ZH, TestData.CLOCK, true)) {
            s.demo().load();
        }
        Map<String, Long> before = BackupService.check(db);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        try (Services open = Composition.open(db, TestData.ZH, TestData.CLOCK, false)) {
            Services kept = new Services(open.databaseFile(), open.settings(), open.reference(), open.cases(), open.screening(),
                    open.path(), open.leader(), open.reception(), open.stats(), open.reports(), open.county(), open.papers(),
                    open.demo(), open.backups(), open.accounts(), open.history(), open.exchange(), open.transactions(), () -> { });
            Cli cli = new Cli((p, m, c) -> kept, new PrintWriter(out), new PrintWriter(err));
            String dbArg = "--db=" + db;
            for (int i = 0; i < 700; i++) {
                String json = mutate(CliTestData.VALID, CASE_FIELDS);
                expectRefused(cli, out, err, b(random.nextInt(5) == 0 ? "[" + CliTestData.VALID + "," + json + "]" : json),
                        "cases", "add", dbArg);
            }
            for (int i = 0; i < 300; i++) {
                expectRefused(cli, out, err, b(mutate(ROUND, ROUND_FIELDS)), "screening", "add", dbArg);
            }
            for (int i = 0; i < 250; i++) {
                expectRefused(cli, out, err, b(mutate(ATTEMPT, ATTEMPT_FIELDS)), "cases", "attempt", "12", dbArg);
            }
            for (byte[] s : STRUCTURAL) {
                expectRefused(cli, out, err, s, "cases", "add", dbArg);
                expectRefused(cli, out, err, s, "screening", "add", dbArg);
                expectRefused(cli, out, err, s, "cases", "attempt", "12", dbArg);
            }
            // arguments out of range are refused as arguments (exit 2)
            expectRefused(cli, out, err, b(ATTEMPT), "cases", "attempt", "99999999999", dbArg);
            expectRefused(cli, out, err, b(ATTEMPT), "cases", "attempt", "2026-99999999999", dbArg);
            out.getBuffer().setLength(0);
            err.getBuffer().setLength(0);
            assertThat(cli.run("stats", "--from=-999999999-01-01", "--to=2026-11-26", dbArg)).isEqualTo(Cli.BAD_ARGUMENTS);
            assertThat(err.toString()).contains("超出范围").doesNotContain("Exception", "DateTimeParse");
            assertThat(cli.run("stats", "--from=2021-13-01", "--to=2026-11-26", dbArg)).isEqualTo(Cli.BAD_ARGUMENTS);
            assertThat(err.toString()).contains("不是有效日期").doesNotContain("Exception", "java.time");
        }
        assertThat(runs).isGreaterThanOrEqualTo(1000);
        assertThat(BackupService.check(db)).as("a refused input changes no row").isEqualTo(before);
        System.out.printf("fuzz: %d malformed inputs refused with a sentence, no row changed%n", runs);
    }
}
