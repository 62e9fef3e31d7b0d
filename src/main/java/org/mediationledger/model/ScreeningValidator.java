package org.mediationledger.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** Rules of a screening round, its findings and of sensitive periods. */
public final class ScreeningValidator {
    private ScreeningValidator() {
    }

    public static List<Problem> validate(ScreeningRound r, LocalDate today) {
        List<Problem> out = new ArrayList<>();
        if (r.date() == null) {
            out.add(Problem.error("roundDate", "error.required"));
        }
        Limits.date("roundDate", r.date(), today, out);
        if (r.unitId() == null) {
            out.add(Problem.error("unit", "error.required"));
        }
        if (r.kind() == null) {
            out.add(Problem.error("kind", "error.required"));
        }
        Limits.text("notes", r.notes(), 2000, true, out);
        if (r.findings().size() > 200) {
            out.add(Problem.error("findings", "error.tooManyFindings", 200));
            return out;
        }
        for (int i = 0; i < r.findings().size(); i++) {
            Finding f = r.findings().get(i);
            String pre = "findings[" + i + "].";
            if (f.summary() == null || f.summary().isBlank()) {
                out.add(Problem.error(pre + "summary", "error.required"));
            }
            if (f.disputeTypeId() == null) {
                out.add(Problem.error(pre + "disputeType", "error.findingNeedsType"));
            }
            if (f.riskLevel() == null) {
                out.add(Problem.error(pre + "riskLevel", "error.required"));
            }
            if (f.status() == null) {
                out.add(Problem.error(pre + "status", "error.required"));
            } else if (f.status() == FindingStatus.BECAME_CASE && f.caseId() == null) {
                // 已转案件 comes only with the case it became ("将所选纠纷转为案件", or cases add with findingId),
                // linked in one transaction; on its own it would count as handled in 调处率 with no case behind it
                out.add(Problem.error(pre + "status", "error.becameCaseOnlyByLink"));
            }
            Limits.text(pre + "summary", f.summary(), 2000, true, out);
            Limits.text(pre + "measures", f.measures(), 2000, true, out);
            Limits.people(pre + "peopleInvolved", f.peopleInvolved(), out);
            Limits.amount(pre + "amountInvolved", f.amountInvolved(), out);
            if (f.parties().size() > Limits.MAX_PARTIES) {
                out.add(Problem.error(pre + "parties", "error.tooManyParties", Limits.MAX_PARTIES));
                continue;
            }
            for (int j = 0; j < f.parties().size(); j++) {
                FindingParty p = f.parties().get(j);
                if (p.name() == null || p.name().isBlank()) {
                    out.add(Problem.error(pre + "parties[" + j + "].name", "error.required"));
                }
                if (p.phone() != null && !p.phone().isBlank() && !PhoneNumber.isValid(p.phone())) {
                    out.add(Problem.error(pre + "parties[" + j + "].phone", "error.phoneFormat"));
                }
                Limits.text(pre + "parties[" + j + "].name", p.name(), 100, false, out);
                Limits.text(pre + "parties[" + j + "].phone", p.phone(), 30, false, out);
            }
        }
        return out;
    }

    public static List<Problem> validate(SensitivePeriod p) {
        List<Problem> out = new ArrayList<>();
        if (p.name() == null || p.name().isBlank()) {
            out.add(Problem.error("name", "error.required"));
        }
        if (p.start() == null) {
            out.add(Problem.error("start", "error.required"));
        }
        if (p.end() == null) {
            out.add(Problem.error("end", "error.required"));
        }
        if (p.start() != null && p.end() != null && p.end().isBefore(p.start())) {
            out.add(Problem.error("end", "error.periodEndsBeforeStart", p.start().toString()));
        }
        if (p.roundsPerDay() < 1 || p.roundsPerDay() > 10) {
            out.add(Problem.error("roundsPerDay", "error.roundsPerDay"));
        }
        return out;
    }
}
