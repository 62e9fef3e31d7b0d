package org.mediationledger.service;

import java.util.ArrayList;
import java.util.List;
import org.mediationledger.model.Figures;
import org.mediationledger.model.Measure;
import org.mediationledger.model.MediationLevel;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Rate;
import org.mediationledger.model.Rounding;

/** The figures of a period as the lines the statistics screen and the `stats` command both show, in one order. */
public final class FigureLines {
    private FigureLines() {
    }

    /**
     * One line: its key, label, value (a count, an amount or a rate), and for a rate its numerator and denominator;
     * drill is the measure whose cases a click lists (null when the line is not about cases).
     */
    public record Line(String key, String label, String value, String numerator, String denominator, Measure drill) {
    }

    public static List<Line> of(Figures f, Messages m, Rounding r) {
        List<Line> out = new ArrayList<>();
        Figures.Screening s = f.screening();
        count(out, m, "rounds", s.rounds(), null);
        count(out, m, "zeroReports", s.zeroReports(), null);
        rate(out, m, "compliance", f.complianceRate(), r, null);
        count(out, m, "found", s.found(), null);
        rate(out, m, "handling", f.handlingRate(), r, null);
        count(out, m, "accepted", f.count(Measure.ACCEPTED), Measure.ACCEPTED);
        count(out, m, "open", f.count(Measure.OPEN), Measure.OPEN);
        count(out, m, "concluded", f.count(Measure.CONCLUDED), Measure.CONCLUDED);
        rate(out, m, "success", f.successRate(), r, Measure.SUCCESS);
        for (MediationLevel l : MediationLevel.values()) {
            out.add(new Line("success." + l.name(), m.get("stats.line.successAt", m.label(l)), f.successRate(l).text(r, StatsService.DECIMALS),
                    String.valueOf(f.successRate(l).numerator()), String.valueOf(f.successRate(l).denominator()),
                    Measure.valueOf("SUCCESS_AT_" + l.name())));
        }
        rate(out, m, "village", f.villageRate(), r, Measure.SUCCESS_AT_VILLAGE);
        rate(out, m, "township", f.townshipRate(), r, null);
        rate(out, m, "performance", f.performanceRate(), r, Measure.PERFORMED);
        out.add(new Line("amount", m.get("stats.line.amount"), m.get("stats.amount", f.agreementAmount().toPlainString(),
                f.agreementAmountWan().toPlainString()), "", "", Measure.AGREEMENTS));
        for (Measure x : List.of(Measure.PREVENTED_SUICIDE, Measure.PREVENTED_CRIMINAL, Measure.STOPPED_FIGHT, Measure.STOPPED_PETITION)) {
            out.add(new Line("prevention." + x.name(), m.get("report.measure." + x.name()), m.get("stats.casesPeople", f.count(x),
                    f.people(x)), "", "", x));
        }
        count(out, m, "leaderAssigned", f.leader().assigned(), null);
        rate(out, m, "leaderOnTime", f.leaderOnTimeRate(), r, null);
        count(out, m, "leaderOverdue", f.leader().overdueNow(), null);
        count(out, m, "petitions", f.petitions().registered(), null);
        rate(out, m, "petitionOnTime", f.petitionOnTimeRate(), r, null);
        count(out, m, "petitionOverdue", f.petitions().overdue(), null);
        return out;
    }

    private static void count(List<Line> out, Messages m, String key, long n, Measure drill) {
        out.add(new Line(key, m.get("stats.line." + key), String.valueOf(n), "", "", drill));
    }

    private static void rate(List<Line> out, Messages m, String key, Rate rate, Rounding r, Measure drill) {
        out.add(new Line(key, m.get("stats.line." + key), rate.text(r, StatsService.DECIMALS), String.valueOf(rate.numerator()),
                String.valueOf(rate.denominator()), drill));
    }
}
