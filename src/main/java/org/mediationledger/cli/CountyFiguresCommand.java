package org.mediationledger.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mediationledger.model.Figures;
import org.mediationledger.model.Measure;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Period;
import org.mediationledger.model.Rounding;
import org.mediationledger.model.ServerAddress;
import org.mediationledger.service.Services;
import org.mediationledger.service.StatsService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * county (issue 18; decision 0014): the figures of every township's ledger in a county database (one schema each) and
 * of the county as their sum — counts added, rates from the added numerators and denominators.
 */
@Command(name = "county", mixinStandardHelpOptions = true,
        description = {"县级汇总：服务器上县数据库里每个乡镇台账（各占一个 schema）的统计数字，以及全县合计（件数相加，比率由相加后的分子分母算出）。",
            "The county's figures: each township's ledger in a county database on the server (one schema each), and the "
                + "county's sum (counts added, rates from the added numerators and denominators)."})
final class CountyFiguresCommand extends BaseCommand {
    @Option(names = "--from", paramLabel = "D", description = "起始日期 / from (default: 1 January of this year)")
    LocalDate from;

    @Option(names = "--to", paramLabel = "D", description = "截止日期 / to (default: 31 December of this year)")
    LocalDate to;

    @Option(names = "--format", defaultValue = "table", description = "table | csv | json (default: table)")
    Format format;

    /** One township: its schema, its name (the ledger's own setting) and its figures. */
    private record Township(String schema, String name, Figures figures, Rounding rounding) {
    }

    @Override
    public Integer call() {
        Cli cli = cli();
        Messages m = cli.messages();
        ServerAddress county = cli.server().orElseThrow(() -> new UserInputException(m.get("cli.county.serverOnly"), Cli.BAD_ARGUMENTS));
        if (from != null && to != null && to.isBefore(from)) {
            throw new UserInputException(m.get("cli.rangeBackwards", from, to), Cli.BAD_ARGUMENTS);
        }
        char[] password = cli.secret("ML_DB_PASSWORD", "cli.db.passwordPrompt", "field.db.password");
        List<String> schemas = county.schema() != null ? List.of(county.schema()) : cli.opener().ledgersOn(county, password, m);
        if (schemas.isEmpty()) {
            throw new UserInputException(m.get("cli.county.none", county), Cli.INVALID_DATA);
        }
        List<Township> townships = new ArrayList<>();
        Period period = null;
        for (String schema : schemas) {
            try (Services s = cli.opener().openServer(county.inSchema(schema), password, m)) {
                if (period == null) {
                    int year = s.stats().today().getYear();
                    period = Period.custom(from != null ? from : LocalDate.of(to != null ? to.getYear() : year, 1, 1),
                            to != null ? to : LocalDate.of(from != null ? from.getYear() : year, 12, 31));
                    if (period.to().isBefore(period.from())) {
                        throw new UserInputException(m.get("cli.rangeBackwards", period.from(), period.to()), Cli.BAD_ARGUMENTS);
                    }
                }
                String name = s.settings().township();
                townships.add(new Township(schema, name.isBlank() ? schema : name, s.stats().figures(period, null, null), s.stats().rounding()));
            }
        }
        Figures sum = townships.stream().map(Township::figures).reduce(Figures.NONE, Figures::plus);
        // the county's rates are cut as the first township's office cuts them (each township keeps its own setting)
        Rounding r = townships.get(0).rounding();
        if (format == Format.json) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("from", period.from().toString());
            o.put("to", period.to().toString());
            o.put("database", county.inSchema(null).toString());
            o.put("rounding", r.name());
            o.put("townships", townships.stream().map(t -> {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("schema", t.schema());
                one.put("township", t.name());
                one.put("rounding", t.rounding().name());
                one.put("figures", StatsCommand.figures(t.figures(), m, t.rounding(), null));
                return one;
            }).toList());
            o.put("county", Map.of("figures", StatsCommand.figures(sum, m, r, null)));
            cli.out().print(Json.write(o));
            return Cli.OK;
        }
        List<String> head = List.of("schema", m.get("cli.county.col.township"), m.get("report.col.accepted"), m.get("report.col.concluded"),
                m.get("report.col.success"), m.get("report.col.successRate"), m.get("report.col.open"), m.get("stats.col.amountYuan"));
        List<String> keys = List.of("schema", "township", "accepted", "concluded", "successful", "successRate", "open", "amount");
        List<List<String>> body = new ArrayList<>();
        for (Township t : townships) {
            body.add(row(t.schema(), t.name(), t.figures(), t.rounding()));
        }
        body.add(row("", m.get("cli.county.total"), sum, r));
        cli.out().print(Output.render(format, head, body, keys, null, null,
                m.get("cli.county.footer", period.from(), period.to(), townships.size()) + " " + m.get("stats.rounding." + r.name())));
        return Cli.OK;
    }

    private static List<String> row(String schema, String name, Figures f, Rounding r) {
        return List.of(schema, name, String.valueOf(f.count(Measure.ACCEPTED)), String.valueOf(f.count(Measure.CONCLUDED)),
                String.valueOf(f.count(Measure.SUCCESS)), f.successRate().text(r, StatsService.DECIMALS),
                String.valueOf(f.count(Measure.OPEN)), f.agreementAmount().toPlainString());
    }
}
