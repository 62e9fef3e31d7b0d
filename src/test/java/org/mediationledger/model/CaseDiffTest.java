package org.mediationledger.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaseDiffTest {

    @Test
    void listsOnlyChangedFieldsAndMasksPersonalNumbers() {
        CaseDraft a = CaseValidatorTest.draft(CaseValidatorTest.twoParties());
        Party p0 = a.parties().get(0);
        Party changed = new Party(p0.id(), p0.role(), "张三丰", p0.gender(), p0.ethnicity(), p0.birthDate(), p0.age(),
                p0.occupation(), "13900001111", p0.address(), p0.idNumber());
        CaseDraft b = new CaseDraft(a.source(), a.disputeTypeId(), a.unitId(), a.gridId(), "新的情况", a.requests(),
                a.peopleInvolved(), new BigDecimal("100.00"), a.riskLevel(), a.receivedDate(), a.mediatorId(),
                List.of(changed, a.parties().get(1)));
        List<FieldChange> d = CaseDiff.between(a, b, Object::toString);
        assertThat(d).containsExactly(
                new FieldChange("summary", "因排水沟发生争执", "新的情况"),
                new FieldChange("parties[0].name", "张三", "张三丰"),
                new FieldChange("parties[0].phone", "138****5678", "139****1111"));
    }

    @Test
    void aNewCaseListsEveryFilledField() {
        CaseDraft a = CaseValidatorTest.draft(CaseValidatorTest.twoParties());
        List<FieldChange> d = CaseDiff.between(null, a, Object::toString);
        assertThat(d).extracting(FieldChange::field).contains("source", "summary", "parties[0].idNumber", "parties[1].name");
        assertThat(d).allSatisfy(c -> assertThat(c.oldValue()).isEmpty());
        assertThat(d).filteredOn(c -> c.field().equals("parties[0].idNumber")).extracting(FieldChange::newValue)
                .containsExactly("110105********002X");
    }
}
