package org.mediationledger.cli;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.mediationledger.model.Figures;
import org.mediationledger.model.Measure;
import org.mediationledger.model.MediationLevel;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Period;
import org.mediationledger.model.Rounding;
import org.mediationledger.service.FigureLines;
import org.mediationledger.service.Services;
import org.mediationledger.service.StatsService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"统计数据：调处率、调解成功率等，每个比率都给出分子和分母；与“统计报表”界面的数字相同。",
            "The figures of a period: every rate with its numerator and denominator, the same numbers as the statistics screen."})
final class StatsCommand extends LedgerCommand {
    @Mixin
    Range range;

    enum By { level, type, unit, month, source }

    @Option(names = "--by", paramLabel = "level|type|unit|month|source", description = "分组 / break down by")
    By by;

    @Option(names = "--format", defaultValue = "table", description = "table | csv | json (default: table)")
    Format format;

    @Override
    int run(Cli cli, Services s) {
        Messages m = cli.messages();
        UUID unit = range.unitId(m, s.reference().load());
        Period p = Period.custom(range.from, range.to);
        Rounding r = s.stats().rounding();
        if (format == Format.json) {
            cli.out().print(Json.write(json(s, m, p, unit, r)));
            return Cli.OK;
        }
        List<String> head;
        List<List<String>> body = new ArrayList<>();
        String[] keys;
        if (by == null) {
            head = List.of("id", m.get("report.col.item"), m.get("stats.col.value"), m.get("stats.col.numerator"),
                    m.get("stats.col.denominator"), m.get("stats.col.rounding"));
            keys = new String[] {"id", "item", "value", "numerator", "denominator", "rounding"};
            for (FigureLines.Line l : FigureLines.of(s.stats().figures(p, unit, null), m, r)) {
                body.add(List.of(l.key(), l.label(), l.value(), l.numerator(), l.denominator(), r.name()));
            }
        } else if (by == By.level) {
            Figures f = s.stats().figures(p, unit, null);
            head = List.of(m.get("stats.col.level"), m.get("report.col.denominator"), m.get("report.col.numerator"), m.get("report.col.rate"),
                    m.get("stats.col.rounding"));
            keys = new String[] {"level", "mediated", "successful", "rate", "rounding"};
            for (MediationLevel l : MediationLevel.values()) {
                var rate = f.successRate(l);
                body.add(List.of(m.label(l), String.valueOf(rate.denominator()), String.valueOf(rate.numerator()),
                        rate.text(r, StatsService.DECIMALS), r.name()));
            }
        } else {
            head = List.of(m.get("stats.col." + by.name()), m.get("report.col.accepted"), m.get("report.col.concluded"),
                    m.get("report.col.success"), m.get("report.col.successRate"), m.get("report.col.open"), m.get("stats.col.amountYuan"),
                    m.get("stats.col.rounding"));
            keys = new String[] {by.name(), "accepted", "concluded", "successful", "successRate", "open", "amount", "rounding"};
            Map<String, Figures> groups = s.stats().by(p, unit, org.mediationledger.model.Breakdown.valueOf(by.name().toUpperCase()));
            groups.forEach((k, f) -> body.add(List.of(by == By.source ? m.get("enum.CaseSource." + k) : k,
                    String.valueOf(f.count(Measure.ACCEPTED)), String.valueOf(f.count(Measure.CONCLUDED)),
                    String.valueOf(f.count(Measure.SUCCESS)), f.successRate().text(r, StatsService.DECIMALS),
                    String.valueOf(f.count(Measure.OPEN)), f.agreementAmount().toPlainString(), r.name())));
        }
        if (format == Format.table) {
            // on screen the ids and the rounding (named under the table) are left out
            int from = by == null ? 1 : 0;
            head = head.subList(from, head.size() - 1);
            List<List<String>> shown = body.stream().map(row -> row.subList(from, row.size() - 1)).toList();
            cli.out().print(Output.render(format, head, shown, List.of(keys), null, null, m.get("stats.rounding." + r.name())));
            return Cli.OK;
        }
        cli.out().print(Output.render(format, head, body, List.of(keys), null, null, m.get("stats.rounding." + r.name())));
        return Cli.OK;
    }

    /**
     * The machine shape, fixed whatever the language: {"from", "to", "unit", "rounding", "figures": {id: {label, …}}};
     * with --by, "by" and "groups": [{"key", "label", "figures": {id: …}}] using the same ids.
     */
    private Map<String, Object> json(Services s, Messages m, Period p, UUID unit, Rounding r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("from", p.from().toString());
        o.put("to", p.to().toString());
        o.put("unit", unit == null ? null : s.reference().load().unit(unit).map(u -> u.name()).orElse(null));
        o.put("rounding", r.name());
        if (by == null) {
            o.put("figures", figures(s.stats().figures(p, unit, null), m, r, null));
            return o;
        }
        o.put("by", by.name());
        List<Map<String, Object>> groups = new ArrayList<>();
        if (by == By.level) {
            Figures f = s.stats().figures(p, unit, null);
            for (MediationLevel l : MediationLevel.values()) {
                Map<String, Object> g = new LinkedHashMap<>();
                g.put("key", l.name());
                g.put("label", m.label(l));
                Map<String, Object> rate = new LinkedHashMap<>();
                rate.put("label", m.get("stats.line.successAt", m.label(l)));
                rate.putAll(FigureLines.rateData(f.successRate(l), r));
                g.put("figures", Map.of("successRate", rate));
                groups.add(g);
            }
        } else {
            s.stats().by(p, unit, org.mediationledger.model.Breakdown.valueOf(by.name().toUpperCase())).forEach((k, f) -> {
                Map<String, Object> g = new LinkedHashMap<>();
                g.put("key", k);
                g.put("label", by == By.source ? m.get("enum.CaseSource." + k) : k);
                g.put("figures", figures(f, m, r, BY_IDS));
                groups.add(g);
            });
        }
        o.put("groups", groups);
        return o;
    }

    /** The figures a breakdown gives for each group (the case figures; screening and leader work are not split so). */
    static final List<String> BY_IDS = List.of("casesAccepted", "casesConcluded", "casesNotConcluded", "successRate",
            "agreementAmountYuan");

    static Map<String, Object> figures(Figures f, Messages m, Rounding r, List<String> only) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (FigureLines.Line l : FigureLines.of(f, m, r)) {
            if (only != null && !only.contains(l.key())) {
                continue;
            }
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("label", l.label());
            if (l.data() instanceof Map<?, ?> map) {
                map.forEach((k, v) -> one.put(String.valueOf(k), v));
            } else {
                one.put("value", l.data());
            }
            out.put(l.key(), one);
        }
        return out;
    }
}
