package org.mediationledger.service;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.mediationledger.model.Finding;
import org.mediationledger.model.FindingParty;
import org.mediationledger.model.FindingStatus;
import org.mediationledger.model.Problem;
import org.mediationledger.model.RiskLevel;
import org.mediationledger.model.ScreeningKind;
import org.mediationledger.model.ScreeningRound;
import org.mediationledger.model.ValidationException;

/** Turns a RoundInput into a ScreeningRound, naming every value it cannot place (an unknown unit …). */
public final class RoundInputMapper {
    private final InputNames names = new InputNames();

    public ScreeningRound toRound(RoundInput in, ReferenceData ref) {
        List<Problem> problems = new ArrayList<>();
        UUID unit = names.lookup(in.unit(), "unit", problems,
                n -> ref.units().stream().filter(u -> u.name().equals(n)).map(u -> u.id()).findFirst());
        UUID grid = names.lookup(in.grid(), "grid", problems,
                n -> ref.grids().stream().filter(g -> g.name().equals(n) && g.unitId().equals(unit)).map(g -> g.id()).findFirst());
        UUID lead = names.lookup(in.lead(), "leadScreener", problems,
                n -> ref.staff().stream().filter(s -> s.name().equals(n)).map(s -> s.id()).findFirst());
        List<UUID> others = new ArrayList<>();
        for (String s : in.screeners() == null ? List.<String>of() : in.screeners().stream().filter(x -> x != null).toList()) {
            UUID id = names.lookup(s, "screeners", problems,
                    n -> ref.staff().stream().filter(x -> x.name().equals(n)).map(x -> x.id()).findFirst());
            if (id != null) {
                others.add(id);
            }
        }
        ScreeningKind kind = in.kind() == null ? ScreeningKind.ROUTINE : names.enumOf(ScreeningKind.class, in.kind(), "kind", problems);
        List<Finding> findings = new ArrayList<>();
        List<RoundInput.FindingInput> fs = in.findings() == null ? List.of() : in.findings();
        for (int i = 0; i < fs.size(); i++) {
            RoundInput.FindingInput f = fs.get(i);
            String pre = "findings[" + i + "].";
            if (f == null) {
                problems.add(org.mediationledger.model.Problem.error(pre + "summary", "error.required"));
                continue;
            }
            UUID type = names.lookup(f.disputeType(), pre + "disputeType", problems,
                    n -> ref.activeTypes().stream().filter(t -> t.name().equals(n)).map(t -> t.id()).findFirst());
            RiskLevel risk = f.riskLevel() == null ? RiskLevel.YELLOW : names.enumOf(RiskLevel.class, f.riskLevel(), pre + "riskLevel", problems);
            FindingStatus status = f.status() == null ? FindingStatus.MONITORING
                    : names.enumOf(FindingStatus.class, f.status(), pre + "status", problems);
            List<FindingParty> parties = (f.parties() == null ? List.<RoundInput.PartyInput>of() : f.parties()).stream()
                    .map(p -> p == null ? new FindingParty(null, null) : new FindingParty(p.name(), p.phone())).toList();
            findings.add(new Finding(null, f.summary(), type, parties, f.peopleInvolved(), f.amountInvolved(), risk,
                    f.measures(), status, null));
        }
        var date = names.date(in.date(), "roundDate", problems);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new ScreeningRound(null, date, unit, grid, kind, lead, others, in.notes(), findings, 0);
    }
}
