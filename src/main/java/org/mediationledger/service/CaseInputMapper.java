package org.mediationledger.service;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.mediationledger.model.CaseDraft;
import org.mediationledger.model.CaseSource;
import org.mediationledger.model.Gender;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Party;
import org.mediationledger.model.PartyRole;
import org.mediationledger.model.Problem;
import org.mediationledger.model.RiskLevel;
import org.mediationledger.model.ValidationException;

/** Turns a CaseInput (names and words) into a CaseDraft (keys), naming every value it cannot place. */
public final class CaseInputMapper {
    private final InputNames names = new InputNames();

    /** Where the case comes from, if anywhere: a finding or a reception matter by its id; a malformed id is named. */
    public java.util.Optional<org.mediationledger.model.CaseOrigin> origin(CaseInput in) {
        List<Problem> problems = new ArrayList<>();
        UUID finding = id(in.findingId(), "findingId", problems);
        UUID matter = id(in.receptionMatterId(), "receptionMatterId", problems);
        if (finding != null && matter != null) {
            problems.add(Problem.error("receptionMatterId", "error.oneOrigin"));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return finding != null ? java.util.Optional.of(org.mediationledger.model.CaseOrigin.finding(finding))
                : matter != null ? java.util.Optional.of(org.mediationledger.model.CaseOrigin.receptionMatter(matter))
                : java.util.Optional.empty();
    }

    private static UUID id(String text, String field, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(text.strip());
        } catch (IllegalArgumentException e) {
            problems.add(Problem.error(field, "error.unknownValue", InputNames.shown(text.strip())));
            return null;
        }
    }

    public CaseDraft toDraft(CaseInput in, ReferenceData ref) {
        List<Problem> problems = new ArrayList<>();
        CaseSource source = names.enumOf(CaseSource.class, in.source(), "source", problems);
        RiskLevel risk = names.enumOf(RiskLevel.class, in.riskLevel(), "riskLevel", problems);
        UUID unit = names.lookup(in.unit(), "unit", problems,
                n -> ref.units().stream().filter(u -> u.name().equals(n)).map(u -> u.id()).findFirst());
        UUID type = names.lookup(in.disputeType(), "disputeType", problems,
                n -> ref.activeTypes().stream().filter(t -> t.name().equals(n)).map(t -> t.id()).findFirst());
        UUID grid = names.lookup(in.grid(), "grid", problems,
                n -> ref.grids().stream().filter(g -> g.name().equals(n) && g.unitId().equals(unit)).map(g -> g.id()).findFirst());
        UUID mediator = names.lookup(in.mediator(), "mediator", problems,
                n -> ref.staff().stream().filter(s -> s.name().equals(n)).map(s -> s.id()).findFirst());
        LocalDate received = names.date(in.receivedDate(), "receivedDate", problems);
        List<Party> parties = new ArrayList<>();
        List<CaseInput.PartyInput> ps = in.parties() == null ? List.of() : in.parties();
        for (int i = 0; i < ps.size(); i++) {
            CaseInput.PartyInput p = ps.get(i);
            String pre = "parties[" + i + "].";
            if (p == null) {
                problems.add(Problem.error("parties[" + i + "].name", "error.required"));
                continue;
            }
            parties.add(new Party(null, names.enumOf(PartyRole.class, p.role(), pre + "role", problems), p.name(),
                    names.enumOf(Gender.class, p.gender(), pre + "gender", problems), p.ethnicity(),
                    names.date(p.birthDate(), pre + "birthDate", problems), p.age(), p.occupation(), p.phone(), p.address(),
                    p.idNumber()));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new CaseDraft(source, type, unit, grid, in.summary(), in.requests(), in.peopleInvolved(), in.amountInvolved(),
                risk, received, mediator, parties);
    }

}
