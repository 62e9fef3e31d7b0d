package org.mediationledger.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CaseValidatorTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    static Party person(PartyRole role, String id, LocalDate born, Gender g) {
        return new Party(null, role, "张三", g, "汉族", born, null, null, "13812345678", null, id);
    }

    static CaseDraft draft(List<Party> parties) {
        return new CaseDraft(CaseSource.PARTY_APPLICATION, UUID.randomUUID(), UUID.randomUUID(), null, "因排水沟发生争执", null,
                2, new BigDecimal("100"), RiskLevel.YELLOW, TODAY, null, parties);
    }

    static List<Party> twoParties() {
        return List.of(person(PartyRole.APPLICANT, "11010519491231002X", LocalDate.of(1949, 12, 31), Gender.FEMALE),
                person(PartyRole.RESPONDENT, null, null, null));
    }

    static List<String> fields(List<Problem> ps) {
        return ps.stream().map(Problem::field).toList();
    }

    @Test
    void aCompleteCaseHasNoProblem() {
        assertThat(CaseValidator.validate(draft(twoParties()), TODAY)).isEmpty();
    }

    @Test
    void emptyDraftNamesEveryRequiredField() {
        CaseDraft empty = new CaseDraft(null, null, null, null, " ", null, null, null, null, null, null, List.of());
        List<Problem> ps = CaseValidator.validate(empty, TODAY);
        assertThat(fields(ps)).contains("source", "disputeType", "unit", "summary", "peopleInvolved", "riskLevel",
                "receivedDate", "parties");
        assertThat(ps).extracting(Problem::messageKey).contains("error.needApplicant", "error.needRespondent");
        assertThat(CaseValidator.hasErrors(ps)).isTrue();
    }

    @Test
    void numbersAndDates() {
        CaseDraft d = new CaseDraft(CaseSource.SCREENING, UUID.randomUUID(), UUID.randomUUID(), null, "x", null, 0,
                new BigDecimal("-0.01"), RiskLevel.RED, TODAY.plusDays(1), null, twoParties());
        List<Problem> ps = CaseValidator.validate(d, TODAY);
        assertThat(ps).extracting(Problem::field, Problem::messageKey).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("peopleInvolved", "error.peopleAtLeastOne"),
                org.assertj.core.groups.Tuple.tuple("amountInvolved", "error.amountNegative"),
                org.assertj.core.groups.Tuple.tuple("receivedDate", "error.dateInFuture"));
        CaseDraft today = new CaseDraft(CaseSource.SCREENING, UUID.randomUUID(), UUID.randomUUID(), null, "x", null, 1,
                BigDecimal.ZERO, RiskLevel.RED, TODAY, null, twoParties());
        assertThat(CaseValidator.validate(today, TODAY)).isEmpty();
    }

    @Test
    void idNumberRules() {
        LocalDate born = LocalDate.of(1949, 12, 31);
        assertThat(problemsOf(person(PartyRole.APPLICANT, "11010519491231002", born, Gender.FEMALE)))
                .containsExactly("parties[0].idNumber:error.idFormat");
        assertThat(problemsOf(person(PartyRole.APPLICANT, "110105194912310021", born, Gender.FEMALE)))
                .containsExactly("parties[0].idNumber:error.idCheckDigit");
        assertThat(problemsOf(person(PartyRole.APPLICANT, "11010519491231002X", LocalDate.of(1950, 1, 1), Gender.FEMALE)))
                .containsExactly("parties[0].birthDate:error.birthDateVsId");
        assertThat(problemsOf(person(PartyRole.APPLICANT, "11010519491231002X", born, Gender.MALE)))
                .containsExactly("parties[0].gender:error.genderVsId");
        // an old 15-digit number is accepted but flagged, and does not block saving
        List<Problem> old = CaseValidator.validate(draft(List.of(person(PartyRole.APPLICANT, "110105491231002", born, Gender.FEMALE),
                person(PartyRole.RESPONDENT, null, null, null))), TODAY);
        assertThat(old).extracting(Problem::messageKey).containsExactly("warning.id15");
        assertThat(CaseValidator.hasErrors(old)).isFalse();
    }

    @Test
    void phoneAgeAndNameOfAParty() {
        Party p = new Party(null, PartyRole.RESPONDENT, "", null, null, TODAY.plusDays(3), 151, null, "12345", null, null);
        assertThat(problemsOf(p)).containsExactlyInAnyOrder("parties[0].name:error.required",
                "parties[0].phone:error.phoneFormat", "parties[0].birthDate:error.dateInFuture", "parties[0].age:error.ageRange");
    }

    private static List<String> problemsOf(Party first) {
        Party other = person(first.role() == PartyRole.APPLICANT ? PartyRole.RESPONDENT : PartyRole.APPLICANT, null, null, null);
        return CaseValidator.validate(draft(List.of(first, other)), TODAY).stream()
                .map(p -> p.field() + ":" + p.messageKey()).toList();
    }
}
