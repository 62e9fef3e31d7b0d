package org.mediationledger.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
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

@Command(name = "screening", mixinStandardHelpOptions = true, description = "矛盾纠纷排查 / weekly dispute screening",
        subcommands = {ScreeningCommand.Add.class, ScreeningCommand.ListRounds.class, ScreeningCommand.ComplianceBoard.class,
            ScreeningCommand.Ledger.class, ScreeningCommand.Delete.class, ScreeningCommand.Restore.class})
final class ScreeningCommand extends GroupCommand {


    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"从 JSON 文件登记排查（没有发现即为零报告）；可以是一次排查或数组，有一处不对则都不保存。",
                "Record a screening round (no findings = zero report) or an array of rounds from JSON; one error saves nothing."})
    static final class Add extends JsonFileCommand {
        Add() {
            super(RoundInput.class, "date", "unit", "kind");
        }

        @Override
        public java.util.Map<String, Class<? extends Enum<?>>> jsonChoices() {
            return java.util.Map.of("kind", org.mediationledger.model.ScreeningKind.class, "riskLevel", org.mediationledger.model.RiskLevel.class, "status", org.mediationledger.model.FindingStatus.class);
        }

        @Option(names = "--file", required = true, paramLabel = "round.json", description = "排查 JSON 文件 / the round as JSON")
        Path file;

        @Override
        int run(Cli cli, Services s) {
            Messages m = cli.messages();
            List<RoundInput> inputs = Json.read(file, RoundInput.class, m);
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

    /** The round a command names by the id that `screening list --format json` gives. */
    static UUID roundId(Cli cli, String id) {
        try {
            return UUID.fromString(id.strip());
        } catch (IllegalArgumentException e) {
            throw new UserInputException(cli.messages().get("cli.screening.badId", id), Cli.BAD_ARGUMENTS);
        }
    }

    /** A step on one round named by its id: delete and its undo. */
    abstract static class OnRound extends LedgerCommand {
        @Option(names = "--id", required = true, description = "排查记录的 id（screening list --format json） / the round's id")
        String id;

        private final java.util.function.BiConsumer<Services, UUID> step;
        private final String doneKey;

        OnRound(java.util.function.BiConsumer<Services, UUID> step, String doneKey) {
            this.step = step;
            this.doneKey = doneKey;
        }

        @Override
        int run(Cli cli, Services s) {
            step.accept(s, roundId(cli, id));
            cli.out().println(cli.messages().get(doneKey, id));
            return Cli.OK;
        }
    }

    @Command(name = "delete", mixinStandardHelpOptions = true,
            description = "删除误登记的排查记录（连同其中的纠纷；可用 restore 撤销） / take a round recorded by mistake off the register")
    static final class Delete extends OnRound {
        Delete() {
            super((s, round) -> s.screening().delete(round), "cli.screening.deleted");
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true, description = "撤销删除排查记录 / undo the delete of a round")
    static final class Restore extends OnRound {
        Restore() {
            super((s, round) -> s.screening().restore(round), "cli.screening.restored");
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "列出排查记录 / list screening rounds")
    static final class ListRounds extends LedgerCommand {
        @picocli.CommandLine.Mixin
        Range range;

        @Option(names = "--format", defaultValue = "table", description = "table | csv | json (default: table)")
        Format format;

        @Override
        int run(Cli cli, Services s) {
            Messages m = cli.messages();
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
            return Cli.OK;
        }
    }

    @Command(name = "compliance", mixinStandardHelpOptions = true,
            description = "排查完成情况：各村（居）每周是否排查 / who screened in which ISO week, and the compliance rate")
    static final class ComplianceBoard extends LedgerCommand {
        @picocli.CommandLine.Mixin
        Range range;

        @Option(names = "--format", defaultValue = "table", description = "table | csv | json (default: table)")
        Format format;

        @Override
        int run(Cli cli, Services s) {
            Messages m = cli.messages();
            UUID unit = range.unitId(m, s.reference().load());
            Compliance.Board b = s.screening().compliance(range.from, range.to, unit);
            cli.out().print(switch (format) {
                case table -> table(m, b);
                case csv -> csv(m, b);
                case json -> json(b);
            });
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
    static final class Ledger extends LedgerCommand {
        @picocli.CommandLine.Mixin
        Range range;

        @Option(names = "--format", defaultValue = "table", description = "table | csv | json (default: table; json also gives each finding's id)")
        Format format;

        @Override
        int run(Cli cli, Services s) {
            Messages m = cli.messages();
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
            return Cli.OK;
        }
    }
}
