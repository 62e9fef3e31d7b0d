package org.mediationledger.model;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The intake rules of a case. Returns every problem; errors block saving, warnings do not. */
public final class CaseValidator {
    public static final int MAX_TEXT = 4000;

    private CaseValidator() {
    }

    public static List<Problem> validate(CaseDraft d, LocalDate today) {
        List<Problem> out = new ArrayList<>();
        if (d.source() == null) {
            out.add(Problem.error("source", "error.required"));
        }
        if (d.disputeTypeId() == null) {
            out.add(Problem.error("disputeType", "error.required"));
        }
        if (d.unitId() == null) {
            out.add(Problem.error("unit", "error.required"));
        }
        if (d.summary() == null || d.summary().isBlank()) {
            out.add(Problem.error("summary", "error.required"));
        } else if (d.summary().length() > MAX_TEXT) {
            out.add(Problem.error("summary", "error.tooLong", MAX_TEXT));
        }
        if (d.requests() != null && d.requests().length() > MAX_TEXT) {
            out.add(Problem.error("requests", "error.tooLong", MAX_TEXT));
        }
        if (d.peopleInvolved() == null) {
            out.add(Problem.error("peopleInvolved", "error.required"));
        } else if (d.peopleInvolved() < 1) {
            out.add(Problem.error("peopleInvolved", "error.peopleAtLeastOne"));
        }
        if (d.amountInvolved() != null && d.amountInvolved().compareTo(BigDecimal.ZERO) < 0) {
            out.add(Problem.error("amountInvolved", "error.amountNegative"));
        }
        if (d.riskLevel() == null) {
            out.add(Problem.error("riskLevel", "error.required"));
        }
        if (d.receivedDate() == null) {
            out.add(Problem.error("receivedDate", "error.required"));
        } else if (d.receivedDate().isAfter(today)) {
            out.add(Problem.error("receivedDate", "error.dateInFuture", today.toString()));
        }
        if (d.parties().stream().noneMatch(p -> p.role() == PartyRole.APPLICANT)) {
            out.add(Problem.error("parties", "error.needApplicant"));
        }
        if (d.parties().stream().noneMatch(p -> p.role() == PartyRole.RESPONDENT)) {
            out.add(Problem.error("parties", "error.needRespondent"));
        }
        for (int i = 0; i < d.parties().size(); i++) {
            validateParty(d.parties().get(i), "parties[" + i + "].", today, out);
        }
        return out;
    }

    public static boolean hasErrors(List<Problem> problems) {
        return problems.stream().anyMatch(Problem::blocking);
    }

    static void validateParty(Party p, String prefix, LocalDate today, List<Problem> out) {
        if (p.role() == null) {
            out.add(Problem.error(prefix + "role", "error.required"));
        }
        if (p.name() == null || p.name().isBlank()) {
            out.add(Problem.error(prefix + "name", "error.required"));
        }
        if (p.phone() != null && !p.phone().isBlank() && !PhoneNumber.isValid(p.phone())) {
            out.add(Problem.error(prefix + "phone", "error.phoneFormat"));
        }
        if (p.birthDate() != null && p.birthDate().isAfter(today)) {
            out.add(Problem.error(prefix + "birthDate", "error.dateInFuture", today.toString()));
        }
        if (p.age() != null && (p.age() < 0 || p.age() > 150)) {
            out.add(Problem.error(prefix + "age", "error.ageRange"));
        }
        if (p.idNumber() == null || p.idNumber().isBlank()) {
            return;
        }
        switch (IdNumber.check(p.idNumber())) {
            case BAD_FORMAT -> out.add(Problem.error(prefix + "idNumber", "error.idFormat"));
            case BAD_BIRTH_DATE -> out.add(Problem.error(prefix + "idNumber", "error.idBirthDate"));
            case BAD_CHECK_DIGIT -> out.add(Problem.error(prefix + "idNumber", "error.idCheckDigit",
                    String.valueOf(IdNumber.checkDigit(IdNumber.normalise(p.idNumber()).substring(0, 17)))));
            case OLD_15_DIGIT -> out.add(Problem.warning(prefix + "idNumber", "warning.id15"));
            case VALID -> { }
        }
        IdNumber.birthDate(p.idNumber()).ifPresent(born -> {
            if (p.birthDate() != null && !p.birthDate().equals(born)) {
                out.add(Problem.error(prefix + "birthDate", "error.birthDateVsId", born.toString()));
            }
        });
        IdNumber.gender(p.idNumber()).ifPresent(g -> {
            if (p.gender() != null && p.gender() != g) {
                out.add(Problem.error(prefix + "gender", "error.genderVsId"));
            }
        });
    }
}
