package org.mediationledger.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.mediationledger.model.Compliance;
import org.mediationledger.model.LedgerRow;
import org.mediationledger.model.Messages;
import org.mediationledger.model.ScreeningRound;
import org.mediationledger.service.LedgerExport;
import org.mediationledger.service.ReferenceData;
import org.mediationledger.service.RoundInput;
import org.mediationledger.service.RoundInputMapper;
import org.mediationledger.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

@Command(name = "screening", mixinStandardHelpOptions = true, description = "矛盾纠纷排查 / weekly dispute screening",
        subcommands = {ScreeningCommand.Add.class, ScreeningCommand.ListRounds.class, ScreeningCommand.ComplianceBoard.class,
            ScreeningCommand.Ledger.class, ScreeningCommand.Delete.class, ScreeningCommand.Restore.class})
final class ScreeningCommand implements Callable<Integer> {
    @ParentCommand
    MainCommand parent;

    @Override
    public Integer call() {
        throw new UserInputException(parent.cli.messages().get("cli.screening.needSubcommand"), Cli.BAD_ARGUMENTS);
    }

    enum Format { table, csv, json }

    /** --from / --to / --unit shared by the reading commands. */
    static class Range {
        @Option(names = "--from", required = true, paramLabel = "D", description = "起始日期 / from, e.g. 2026-10-01")
        LocalDate from;

        @Option(names = "--to", required = true, paramLabel = "D", description = "截止日期 / to, e.g. 2026-12-31")
        LocalDate to;

        @Option(names = "--unit", paramLabel = "U", description = "村/社区名称 / unit name")
        String unit;

        UUID unitId(Messages m, ReferenceData ref) {
            if (to.isBefore(from)) {
                throw new UserInputException(m.get("cli.rangeBackwards", from, to), Cli.BAD_ARGUMENTS);
            }
            if (unit == null) {
                return null;
            }
            return ref.units().stream().filter(u -> u.name().equals(unit.strip())).map(u -> u.id()).findFirst()
                    .orElseThrow(() -> new UserInputException(m.get("cli.unknownUnit", unit,
                            String.join("、", ref.units().stream().map(u -> u.name()).toList())), Cli.BAD_ARGUMENTS));
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"从 JSON 文件登记排查（没有发现即为零报告）；可以是一次排查或数组，有一处不对则都不保存。",
                "Record a screening round (no findings = zero report) or an array of rounds from JSON; one error saves nothing."})
    static final class Add implements Callable<Integer>, JsonInput {
        @Override
        public Class<?> jsonType() {
            return RoundInput.class;
        }

        @Override
        public List<String> jsonRequired() {
            return List.of("date", "unit", "kind");
        }

        @Override
        public java.util.Map<String, Class<? extends Enum<?>>> jsonChoices() {
            return java.util.Map.of("kind", org.mediationledger.model.ScreeningKind.class, "riskLevel", org.mediationledger.model.RiskLevel.class, "status", org.mediationledger.model.FindingStatus.class);
        }

        @ParentCommand
        ScreeningCommand screening;

        @Option(names = "--file", required = true, paramLabel = "round.json", description = "排查 JSON 文件 / the round as JSON")
        Path file;

        @Override
        public Integer call() {
            Cli cli = screening.parent.cli;
            Messages m = cli.messages();
            List<RoundInput> inputs = Json.read(file, RoundInput.class, m);
            try (Services s = cli.open()) {
                ReferenceData ref = s.reference().load();
                return BatchAdd.run(cli, s.transactions(), inputs, in -> new RoundInputMapper().toRound(in, ref), s.screening()::check,
                        n -> m.get("cli.screening.nth", n), r -> {
                            ScreeningRound saved = s.screening().record(r);
                            String unit = ref.unit(saved.unitId()).map(u -> u.name()).orElse("");
                            return saved.isZeroReport() ? m.get("cli.screening.addedZero", saved.date(), unit)
                                    : m.get("cli.screening.added", saved.date(), unit, saved.findings().size());
                        });
            }
        }
    }

    /** The round a command names by the id that `screening list --format json` gives. */
    static UUID roundId(Cli cli, String id) {
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw new UserInputException(cli.messages().get("cli.screening.badId", id), Cli.BAD_ARGUMENTS);
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "删除误登记的排查记录（连同其中的纠纷；可用 restore 撤销） / take a round recorded by mistake off the register")
    static final class Delete implements Callable<Integer> {
        @ParentCommand
        ScreeningCommand screening;

        @Option(names = "--id", required = true, description = "排查记录的 id（screening list --format json） / the round's id")
        String id;

        @Override
        public Integer call() {
            Cli cli = screening.parent.cli;
            try (Services s = cli.open()) {
                s.screening().delete(roundId(cli, id));
                cli.out().println(cli.messages().get("cli.screening.deleted", id));
            }
            return Cli.OK;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true, description = "撤销删除排查记录 / undo the delete of a round")
    static final class Restore implements Callable<Integer> {
        @ParentCommand
        ScreeningCommand screening;

        @Option(names = "--id", required = true, description = "排查记录的 id / the round's id")
        String id;

        @Override
        public Integer call() {
            Cli cli = screening.parent.cli;
            try (Services s = cli.open()) {
                s.screening().restore(roundId(cli, id));
                cli.out().println(cli.messages().get("cli.screening.restored", id));
            }
            return Cli.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "列出排查记录 / list screening rounds")
    static final class ListRounds implements Callable<Integer> {
        @ParentCommand
        ScreeningCommand screening;

        @picocli.CommandLine.Mixin
        Range range;

        @Option(names = "--format", defaultValue = "table", description = "table | csv | json (default: table)")
        Format format;

        @Override
        public Integer call() {
            Cli cli = screening.parent.cli;
            Messages m = cli.messages();
            try (Services s = cli.open()) {
                ReferenceData ref = s.reference().load();
                UUID unit = range.unitId(m, ref);
                List<ScreeningRound> rounds = s.screening().rounds(range.from, range.to, unit == null ? null : List.of(unit));
                List<String> head = List.of(m.get("col.date"), m.get("col.unit"), m.get("col.grid"), m.get("col.kind"),
                        m.get("col.lead"), m.get("col.findings"));
                List<List<String>> body = rounds.stream().map(r -> List.of(r.date().toString(),
                        ref.unit(r.unitId()).map(u -> u.name()).orElse(""),
                        r.gridId() == null ? "" : ref.grid(r.gridId()).map(g -> g.name()).orElse(""), m.label(r.kind()),
                        r.leadScreenerId() == null ? "" : ref.staffMember(r.leadScreenerId()).map(x -> x.name()).orElse(""),
                        r.isZeroReport() ? m.get("screening.zeroReport") : String.valueOf(r.findings().size()))).toList();
                cli.out().print(Output.render(format, head, body, List.of("date", "unit", "grid", "kind", "lead", "findings"), "id",
                        rounds.stream().map(r -> r.id().toString()).toList(), m.get("cli.screening.count", rounds.size())));
            }
            return Cli.OK;
        }
    }

    @Command(name = "compliance", mixinStandardHelpOptions = true,
            description = "排查完成情况：各村（居）每周是否排查 / who screened in which ISO week, and the compliance rate")
    static final class ComplianceBoard implements Callable<Integer> {
        @ParentCommand
        ScreeningCommand screening;

        @picocli.CommandLine.Mixin
        Range range;

        @Option(names = "--format", defaultValue = "table", description = "table | csv | json (default: table)")
        Format format;

        @Override
        public Integer call() {
            Cli cli = screening.parent.cli;
            Messages m = cli.messages();
            try (Services s = cli.open()) {
                UUID unit = range.unitId(m, s.reference().load());
                Compliance.Board b = s.screening().compliance(range.from, range.to, unit);
                cli.out().print(switch (format) {
                    case table -> table(m, b);
                    case csv -> csv(m, b);
                    case json -> json(b);
                });
            }
            return Cli.OK;
        }

        static String symbol(Compliance.CellState st) {
            return switch (st) {
                case MET -> "✓";
                case ZERO_REPORT -> "0";
                case MISSED -> "✗";
                case NOT_YET_DUE -> "·";
                case OUTSIDE -> "—";
            };
        }

        static String table(Messages m, Compliance.Board b) {
            List<String> head = new ArrayList<>(List.of(m.get("col.unit")));
            b.weeks().forEach(w -> head.add("W" + String.format("%02d", w.week())));
            head.addAll(List.of(m.get("col.met"), m.get("col.missed"), m.get("col.sensitive")));
            List<List<String>> body = new ArrayList<>();
            for (Compliance.UnitRow r : b.rows()) {
                List<String> row = new ArrayList<>(List.of(r.unit().name()));
                r.cells().forEach(c -> row.add(symbol(c.state())));
                row.addAll(List.of(r.met() + "/" + r.expected(), String.valueOf(r.missed()),
                        r.sensitiveDue() == 0 ? "—" : r.sensitiveMet() + "/" + r.sensitiveDue()));
                body.add(row);
            }
            String nl = System.lineSeparator();
            return m.get("cli.compliance.title", b.from(), b.to(), b.weeks().get(0).label(), b.weeks().get(b.weeks().size() - 1).label())
                    + nl + Table.render(head, body)
                    + m.get("cli.compliance.legend") + nl
                    + m.get("compliance.rate", b.met(), b.expected(), b.percent()) + nl
                    + m.get("compliance.sensitiveRate", b.sensitiveMet(), b.sensitiveDue(), b.sensitivePercent()) + nl;
        }

        static String csv(Messages m, Compliance.Board b) {
            List<String> head = List.of(m.get("col.unit"), m.get("col.week"), m.get("col.weekStart"), m.get("col.state"),
                    m.get("col.rounds"), m.get("col.sensitiveDays"), m.get("col.sensitiveDaysMet"));
            List<List<String>> body = new ArrayList<>();
            for (Compliance.UnitRow r : b.rows()) {
                for (Compliance.Cell c : r.cells()) {
                    body.add(List.of(r.unit().name(), c.week().label(), c.week().monday().toString(), m.label(c.state()),
                            String.valueOf(c.rounds()), String.valueOf(c.sensitiveDays()), String.valueOf(c.sensitiveDaysMet())));
                }
            }
            return Csv.of(head, body);
        }

        static String json(Compliance.Board b) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("from", b.from().toString());
            o.put("to", b.to().toString());
            o.put("met", b.met());
            o.put("expected", b.expected());
            o.put("rounding", b.rounding().name());
            o.put("rate", org.mediationledger.service.FigureLines.rateData(b.rate(), b.rounding()));
            o.put("sensitiveRate", org.mediationledger.service.FigureLines.rateData(b.sensitiveRate(), b.rounding()));
            o.put("sensitiveMet", b.sensitiveMet());
            o.put("sensitiveDue", b.sensitiveDue());
            List<Map<String, Object>> units = new ArrayList<>();
            for (Compliance.UnitRow r : b.rows()) {
                Map<String, Object> u = new LinkedHashMap<>();
                u.put("unit", r.unit().name());
                u.put("establishedOn", r.unit().establishedOn() == null ? null : r.unit().establishedOn().toString());
                u.put("retiredOn", r.unit().retiredOn() == null ? null : r.unit().retiredOn().toString());
                u.put("rate", org.mediationledger.service.FigureLines.rateData(new org.mediationledger.model.Rate(r.met(), r.expected()), b.rounding()));
                u.put("met", r.met());
                u.put("expected", r.expected());
                u.put("missed", r.missed());
                u.put("sensitiveMet", r.sensitiveMet());
                u.put("sensitiveDue", r.sensitiveDue());
                u.put("weeks", r.cells().stream().map(c -> {
                    Map<String, Object> w = new LinkedHashMap<>();
                    w.put("week", c.week().label());
                    w.put("state", c.state().name());
                    w.put("rounds", c.rounds());
                    return w;
                }).toList());
                units.add(u);
            }
            o.put("units", units);
            return Json.write(o);
        }
    }

    @Command(name = "ledger", mixinStandardHelpOptions = true,
            description = "矛盾纠纷排查台账（电话已隐去中间位） / the screening ledger with its standard columns")
    static final class Ledger implements Callable<Integer> {
        @ParentCommand
        ScreeningCommand screening;

        @picocli.CommandLine.Mixin
        Range range;

        @Option(names = "--format", defaultValue = "table", description = "table | csv | json (default: table; json also gives each finding's id)")
        Format format;

        @Override
        public Integer call() {
            Cli cli = screening.parent.cli;
            Messages m = cli.messages();
            try (Services s = cli.open()) {
                UUID unit = range.unitId(m, s.reference().load());
                List<LedgerRow> rows = s.screening().ledger(range.from, range.to, unit == null ? null : List.of(unit));
                if (format == Format.json) {
                    cli.out().print(Json.write(rows.stream().map(LedgerExport::json).toList()));
                    return Cli.OK;
                }
                List<String> head = LedgerExport.head(m);
                List<List<String>> body = rows.stream().map(r -> LedgerExport.values(m, r)).toList();
                List<String> ids = rows.stream().map(r -> r.findingId() == null ? null : r.findingId().toString()).toList();
                cli.out().print(Output.render(format, head, body, head, "findingId", ids, null));
            }
            return Cli.OK;
        }
    }
}

/** A list as the `--format` asks: a table (with a footer line, if any), CSV, or JSON objects under the given keys. */
final class Output {
    private Output() {
    }

    /**
     * @param keys  the JSON keys of the columns
     * @param idKey with ids, the key of each object's id (JSON only; null for none)
     * @param footer a line under the table (null for none)
     */
    static String render(ScreeningCommand.Format format, List<String> head, List<List<String>> body, List<String> keys, String idKey,
                         List<String> ids, String footer) {
        return switch (format) {
            case table -> Table.render(head, body) + (footer == null ? "" : footer + System.lineSeparator());
            case csv -> Csv.of(head, body);
            case json -> Json.rows(keys.toArray(String[]::new), body, idKey, ids);
        };
    }
}

/** CSV with correct quoting, every cell safe to open in Excel (no formulas). */
final class Csv {
    private Csv() {
    }

    static String of(List<String> head, List<List<String>> body) {
        StringWriter w = new StringWriter();
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            p.printRecord(head);
            for (List<String> row : body) {
                p.printRecord(row.stream().map(org.mediationledger.model.SpreadsheetCell::safe).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}

/** JSON files in, JSON text out. */
final class Json {
    private Json() {
    }

    /**
     * Reads one object or an array of objects. Every refusal is a sentence in the user's language naming the place
     * or the field: bad syntax or encoding, an unknown field (with the known ones), a value of the wrong kind (1.5
     * people, "abc" as an amount), a null record, content nested too deeply.
     */
    static <T> List<T> read(Path file, Class<T> type, Messages m) {
        List<com.fasterxml.jackson.databind.node.ObjectNode> nodes = nodes(file, m);
        List<T> out = new ArrayList<>();
        for (var node : nodes) {
            out.add(convert(file, node, type, m));
        }
        return out;
    }

    private static ObjectMapper mapper() {
        ObjectMapper json = new ObjectMapper()
                .disable(com.fasterxml.jackson.databind.DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
        json.coercionConfigDefaults().setCoercion(com.fasterxml.jackson.databind.cfg.CoercionInputShape.Float,
                com.fasterxml.jackson.databind.cfg.CoercionAction.Fail);
        return json;
    }

    /** The objects of a file holding one object or an array of them, each refusal a sentence. */
    static List<com.fasterxml.jackson.databind.node.ObjectNode> nodes(Path file, Messages m) {
        if (!Files.isReadable(file) || Files.isDirectory(file)) {
            throw new UserInputException(m.get("cli.fileNotFound", file), Cli.BAD_ARGUMENTS);
        }
        try {
            JsonNode tree = mapper().readTree(file.toFile());
            if (tree == null || !(tree.isArray() || tree.isObject())) {
                throw new UserInputException(m.get("cli.badJson", file, "1:1", m.get("cli.notAnObject")), Cli.INVALID_DATA);
            }
            if (tree.isArray() && tree.isEmpty()) {
                throw new UserInputException(m.get("cli.json.empty", file), Cli.INVALID_DATA);
            }
            List<com.fasterxml.jackson.databind.node.ObjectNode> out = new ArrayList<>();
            int n = 0;
            for (JsonNode node : tree.isArray() ? tree : List.of(tree)) {
                n++;
                if (!node.isObject()) {
                    throw new UserInputException(m.get("cli.json.nullRecord", file, n), Cli.INVALID_DATA);
                }
                out.add((com.fasterxml.jackson.databind.node.ObjectNode) node);
            }
            return out;
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw new UserInputException(m.get("cli.json.tooLarge", file), Cli.INVALID_DATA);
        } catch (JsonProcessingException e) {
            throw syntax(file, e, m);
        } catch (IOException e) {
            throw new UserInputException(m.get("cli.fileNotFound", file), Cli.BAD_ARGUMENTS);
        }
    }

    /** One object of the file as the given input record: an unknown field or a value of the wrong kind is a sentence. */
    static <T> T convert(Path file, JsonNode node, Class<T> type, Messages m) {
        try {
            return mapper().treeToValue(node, type);
        } catch (com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : String.join("、",
                    e.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList());
            throw new UserInputException(m.get("cli.json.unknownField", file, e.getPropertyName(), path(e), known),
                    Cli.INVALID_DATA);
        } catch (com.fasterxml.jackson.databind.exc.MismatchedInputException e) {
            String where = path(e);
            throw new UserInputException(m.get("cli.json.wrongType", file, where.isEmpty() ? "?" : where,
                    m.get(typeWord(e.getTargetType()))), Cli.INVALID_DATA);
        } catch (com.fasterxml.jackson.core.exc.StreamConstraintsException e) {
            throw new UserInputException(m.get("cli.json.tooLarge", file), Cli.INVALID_DATA);
        } catch (JsonProcessingException e) {
            throw syntax(file, e, m);
        }
    }

    /** Bad JSON: the file and the line:column where reading stopped. */
    private static UserInputException syntax(Path file, JsonProcessingException e, Messages m) {
        var at = e.getLocation();
        return new UserInputException(m.get("cli.json.syntax", file,
                at == null || at.getLineNr() < 0 ? "1:1" : at.getLineNr() + ":" + at.getColumnNr()), Cli.INVALID_DATA);
    }

    /** The JSON path of a failure as the file writes it: parties[0].name. */
    private static String path(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder b = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                b.append(b.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                b.append('[').append(ref.getIndex()).append(']');
            }
        }
        return b.toString();
    }

    private static String typeWord(Class<?> t) {
        if (t == null) {
            return "type.value";
        }
        if (t == Integer.class || t == int.class || t == Long.class || t == long.class) {
            return "type.integer";
        }
        if (Number.class.isAssignableFrom(t)) {
            return "type.number";
        }
        if (t == String.class) {
            return "type.text";
        }
        if (java.util.Collection.class.isAssignableFrom(t)) {
            return "type.list";
        }
        if (t.isRecord()) {
            return "type.object";
        }
        return "type.value";
    }

    /**
     * Table rows as JSON objects under the given keys; with ids (one per row, or null) each object starts with idKey.
     */
    static String rows(String[] keys, List<List<String>> body, String idKey, List<String> ids) {
        return write(java.util.stream.IntStream.range(0, body.size()).mapToObj(n -> {
            Map<String, Object> o = new LinkedHashMap<>();
            if (ids != null) {
                o.put(idKey, ids.get(n));
            }
            for (int i = 0; i < keys.length; i++) {
                o.put(keys[i], body.get(n).get(i));
            }
            return o;
        }).toList());
    }

    static String write(Object value) {
        try {
            return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value) + System.lineSeparator();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
