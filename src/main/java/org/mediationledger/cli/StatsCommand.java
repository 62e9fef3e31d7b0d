package org.mediationledger.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
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
import picocli.CommandLine.ParentCommand;

@Command(name = "stats", mixinStandardHelpOptions = true,
        description = {"统计数据：调处率、调解成功率等，每个比率都给出分子和分母；与“统计报表”界面的数字相同。",
            "The figures of a period: every rate with its numerator and denominator, the same numbers as the statistics screen."})
final class StatsCommand implements Callable<Integer> {
    @ParentCommand
    MainCommand parent;

    @Mixin
    ScreeningCommand.Range range;

    enum By { level, type, unit, month, source }

    @Option(names = "--by", paramLabel = "level|type|unit|month|source", description = "分组 / break down by")
    By by;

    @Option(names = "--format", defaultValue = "table", description = "table | csv | json (default: table)")
    ScreeningCommand.Format format;

    @Override
    public Integer call() {
        Cli cli = parent.cli;
        Messages m = cli.messages();
        try (Services s = cli.open()) {
            UUID unit = range.unitId(m, s.reference().load());
            Period p = Period.custom(range.from, range.to);
            Rounding r = s.stats().rounding();
            List<String> head;
            List<List<String>> body = new ArrayList<>();
            String[] keys;
            if (by == null) {
                head = List.of(m.get("report.col.item"), m.get("stats.col.value"), m.get("report.col.numerator"), m.get("report.col.denominator"));
                keys = new String[] {"item", "value", "numerator", "denominator"};
                for (FigureLines.Line l : FigureLines.of(s.stats().figures(p, unit, null), m, r)) {
                    body.add(List.of(l.label(), l.value(), l.numerator(), l.denominator()));
                }
            } else if (by == By.level) {
                Figures f = s.stats().figures(p, unit, null);
                head = List.of(m.get("stats.col.level"), m.get("report.col.denominator"), m.get("report.col.numerator"), m.get("report.col.rate"));
                keys = new String[] {"level", "mediated", "successful", "rate"};
                for (MediationLevel l : MediationLevel.values()) {
                    var rate = f.successRate(l);
                    body.add(List.of(m.label(l), String.valueOf(rate.denominator()), String.valueOf(rate.numerator()),
                            rate.text(r, StatsService.DECIMALS)));
                }
            } else {
                head = List.of(m.get("stats.col." + by.name()), m.get("report.col.accepted"), m.get("report.col.concluded"),
                        m.get("report.col.success"), m.get("report.col.successRate"), m.get("report.col.open"), m.get("stats.col.amountYuan"));
                keys = new String[] {by.name(), "accepted", "concluded", "successful", "successRate", "open", "amount"};
                Map<String, Figures> groups = s.stats().by(p, unit, org.mediationledger.model.Breakdown.valueOf(by.name().toUpperCase()));
                groups.forEach((k, f) -> body.add(List.of(by == By.source ? m.get("enum.CaseSource." + k) : k,
                        String.valueOf(f.count(Measure.ACCEPTED)), String.valueOf(f.count(Measure.CONCLUDED)),
                        String.valueOf(f.count(Measure.SUCCESS)), f.successRate().text(r, StatsService.DECIMALS),
                        String.valueOf(f.count(Measure.OPEN)), f.agreementAmount().toPlainString())));
            }
            cli.out().print(Output.render(format, head, body, List.of(keys), null, null, m.get("stats.rounding." + r.name())));
        }
        return Cli.OK;
    }
}
