package org.mediationledger.service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
     * One line: its stable id (English, the same in every language: the JSON key of `stats --format json`), label,
     * value as shown (a count, an amount or a rate cut by the office's rounding), for a rate its numerator and
     * denominator; data is the value for machines (a count, an amount in yuan, {numerator, denominator, percent}, or
     * {cases, people}); drill is the measure whose cases a click lists (null when the line is not about cases).
     */
    public record Line(String key, String label, String value, String numerator, String denominator, Measure drill, Object data) {
    }

    /** The ids of the lines, in their order: documented in the README and fixed (scripts read them). */
    public static final List<String> IDS = List.of("screeningRounds", "zeroReports", "screeningCompliance", "findings", "handlingRate",
            "casesAccepted", "casesNotConcluded", "casesConcluded", "successRate", "successRateVillage", "successRateTownship",
            "successRateJudicial", "resolvedInVillage", "resolvedInTownship", "performanceRate", "agreementAmountYuan",
            "preventedSuicide", "preventedCriminal", "preventedGroupFight", "preventedGroupPetition", "leaderMatters",
            "leaderOnTimeRate", "leaderOverdue", "petitions", "petitionOnTimeRate", "petitionOverdue");

    public static List<Line> of(Figures f, Messages m, Rounding r) {
        List<Line> out = new ArrayList<>();
        Figures.Screening s = f.screening();
        count(out, m, "screeningRounds", s.rounds(), null);
        count(out, m, "zeroReports", s.zeroReports(), null);
        rate(out, m, "screeningCompliance", f.complianceRate(), r, null);
        count(out, m, "findings", s.found(), null);
        rate(out, m, "handlingRate", f.handlingRate(), r, null);
        count(out, m, "casesAccepted", f.count(Measure.ACCEPTED), Measure.ACCEPTED);
        count(out, m, "casesNotConcluded", f.count(Measure.OPEN), Measure.OPEN);
        count(out, m, "casesConcluded", f.count(Measure.CONCLUDED), Measure.CONCLUDED);
        rate(out, m, "successRate", f.successRate(), r, Measure.SUCCESS);
        for (MediationLevel l : MediationLevel.values()) {
            Rate rate = f.successRate(l);
            String id = "successRate" + l.name().charAt(0) + l.name().substring(1).toLowerCase();
            out.add(new Line(id, m.get("stats.line.successAt", m.label(l)), rate.text(r, StatsService.DECIMALS),
                    String.valueOf(rate.numerator()), String.valueOf(rate.denominator()), Measure.valueOf("SUCCESS_AT_" + l.name()),
                    rateData(rate, r)));
        }
        rate(out, m, "resolvedInVillage", f.villageRate(), r, Measure.SUCCESS_AT_VILLAGE);
        rate(out, m, "resolvedInTownship", f.townshipRate(), r, null);
        rate(out, m, "performanceRate", f.performanceRate(), r, Measure.PERFORMED);
        out.add(new Line("agreementAmountYuan", m.get("stats.line.agreementAmountYuan"), m.get("stats.amount",
                f.agreementAmount().toPlainString(), f.agreementAmountWan().toPlainString()), "", "", Measure.AGREEMENTS,
                f.agreementAmount()));
        String[][] prevented = {{"PREVENTED_SUICIDE", "preventedSuicide"}, {"PREVENTED_CRIMINAL", "preventedCriminal"},
            {"STOPPED_FIGHT", "preventedGroupFight"}, {"STOPPED_PETITION", "preventedGroupPetition"}};
        for (String[] p : prevented) {
            Measure x = Measure.valueOf(p[0]);
            Map<String, Object> data = new LinkedHashMap<>();
            data.put("cases", f.count(x));
            data.put("people", f.people(x));
            out.add(new Line(p[1], m.get("report.measure." + x.name()), m.get("stats.casesPeople", f.count(x), f.people(x)), "", "",
                    x, data));
        }
        count(out, m, "leaderMatters", f.leader().assigned(), null);
        rate(out, m, "leaderOnTimeRate", f.leaderOnTimeRate(), r, null);
        count(out, m, "leaderOverdue", f.leader().overdueNow(), null);
        count(out, m, "petitions", f.petitions().registered(), null);
        rate(out, m, "petitionOnTimeRate", f.petitionOnTimeRate(), r, null);
        count(out, m, "petitionOverdue", f.petitions().overdue(), null);
        return out;
    }

    /** A rate for machines: {"numerator": 410, "denominator": 416, "percent": 98.6}, percent null for 0/0, cut by the rounding. */
    public static Map<String, Object> rateData(Rate rate, Rounding r) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("numerator", rate.numerator());
        o.put("denominator", rate.denominator());
        o.put("percent", rate.percent(r, StatsService.DECIMALS).orElse(null));
        return o;
    }

    private static void count(List<Line> out, Messages m, String key, long n, Measure drill) {
        out.add(new Line(key, m.get("stats.line." + key), String.valueOf(n), "", "", drill, n));
    }

    private static void rate(List<Line> out, Messages m, String key, Rate rate, Rounding r, Measure drill) {
        out.add(new Line(key, m.get("stats.line." + key), rate.text(r, StatsService.DECIMALS), String.valueOf(rate.numerator()),
                String.valueOf(rate.denominator()), drill, rateData(rate, r)));
    }
}
