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
    private final Messages zh = Messages.forLanguage("zh");
    private final Messages en = Messages.forLanguage("en");

    public CaseDraft toDraft(CaseInput in, ReferenceData ref) {
        List<Problem> problems = new ArrayList<>();
        CaseSource source = enumOf(CaseSource.class, in.source(), "source", problems);
        RiskLevel risk = enumOf(RiskLevel.class, in.riskLevel(), "riskLevel", problems);
        UUID unit = lookup(in.unit(), "unit", problems,
                n -> ref.units().stream().filter(u -> u.name().equals(n)).map(u -> u.id()).findFirst());
        UUID type = lookup(in.disputeType(), "disputeType", problems,
                n -> ref.activeTypes().stream().filter(t -> t.name().equals(n)).map(t -> t.id()).findFirst());
        UUID grid = lookup(in.grid(), "grid", problems,
                n -> ref.grids().stream().filter(g -> g.name().equals(n) && g.unitId().equals(unit)).map(g -> g.id()).findFirst());
        UUID mediator = lookup(in.mediator(), "mediator", problems,
                n -> ref.staff().stream().filter(s -> s.name().equals(n)).map(s -> s.id()).findFirst());
        LocalDate received = date(in.receivedDate(), "receivedDate", problems);
        List<Party> parties = new ArrayList<>();
        List<CaseInput.PartyInput> ps = in.parties() == null ? List.of() : in.parties();
        for (int i = 0; i < ps.size(); i++) {
            CaseInput.PartyInput p = ps.get(i);
            String pre = "parties[" + i + "].";
            parties.add(new Party(null, enumOf(PartyRole.class, p.role(), pre + "role", problems), p.name(),
                    enumOf(Gender.class, p.gender(), pre + "gender", problems), p.ethnicity(),
                    date(p.birthDate(), pre + "birthDate", problems), p.age(), p.occupation(), p.phone(), p.address(),
                    p.idNumber()));
        }
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new CaseDraft(source, type, unit, grid, in.summary(), in.requests(), in.peopleInvolved(), in.amountInvolved(),
                risk, received, mediator, parties);
    }

    private <E extends Enum<E>> E enumOf(Class<E> type, String text, String field, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String t = text.strip();
        Optional<E> hit = Arrays.stream(type.getEnumConstants())
                .filter(e -> e.name().equalsIgnoreCase(t) || zh.label(e).equals(t) || en.label(e).equalsIgnoreCase(t))
                .findFirst();
        if (hit.isEmpty()) {
            problems.add(Problem.error(field, "error.unknownValue", t));
        }
        return hit.orElse(null);
    }

    private static UUID lookup(String name, String field, List<Problem> problems,
                               java.util.function.Function<String, Optional<UUID>> find) {
        if (name == null || name.isBlank()) {
            return null;
        }
        Optional<UUID> id = find.apply(name.strip());
        if (id.isEmpty()) {
            problems.add(Problem.error(field, "error.unknownValue", name.strip()));
        }
        return id.orElse(null);
    }

    private static LocalDate date(String text, String field, List<Problem> problems) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            problems.add(Problem.error(field, "error.dateFormat", text.strip()));
            return null;
        }
    }
}
