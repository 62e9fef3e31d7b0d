package org.mediationledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.model.CaseDraft;
import org.mediationledger.model.DisputeType;
import org.mediationledger.model.DisputeTypeList;
import org.mediationledger.model.MediationCase;
import org.mediationledger.model.Problem;
import org.mediationledger.model.Staff;
import org.mediationledger.model.StaffRole;
import org.mediationledger.model.Unit;
import org.mediationledger.model.UnitKind;
import org.mediationledger.model.ValidationException;

class ServicesTest {
    @TempDir
    Path dir;

    @Test
    void theDemoTownshipIsTheOneOfTheSourceReport() {
        try (Services s = TestData.open(dir)) {
            assertThat(s.demo().isEmpty()).isTrue();
            s.demo().load();
            assertThat(s.demo().isEmpty()).isFalse();
            ReferenceData ref = s.reference().load();
            assertThat(ref.township()).isEqualTo("青山镇");
            assertThat(ref.units()).hasSize(8);
            assertThat(ref.units()).filteredOn(u -> u.kind() == UnitKind.VILLAGE).hasSize(7);
            assertThat(ref.units()).filteredOn(u -> u.kind() == UnitKind.COMMUNITY).hasSize(1);
            assertThat(ref.grids()).hasSize(52);
            Map<java.util.UUID, Long> advisers = ref.withRole(StaffRole.LEGAL_ADVISER).stream()
                    .collect(Collectors.groupingBy(Staff::unitId, Collectors.counting()));
            assertThat(advisers).hasSize(8).allSatisfy((unit, n) -> assertThat(n).isEqualTo(1));
            assertThat(ref.withRole(StaffRole.LEADER)).isNotEmpty();
            assertThat(ref.activeList().map(DisputeTypeList::listVersion)).contains(1);
            assertThat(ref.activeTypes()).extracting(DisputeType::name).isEqualTo(ReferenceService.MOJ_TYPES);
            assertThat(s.cases().countAll()).isEqualTo(12);
            // the demo's two closed cases and one archived case are no longer open
            assertThat(s.cases().countOpen()).isEqualTo(9);
        }
    }

    @Test
    void aBlankStartUnderTheTownshipsOwnNameIsNoLongerAFirstStart() {
        try (Services s = TestData.open(dir)) {
            s.settings().setTownship("白水镇");
            assertThat(s.demo().isEmpty()).isFalse();
            assertThat(s.reference().load().units()).isEmpty();
        }
    }

    @Test
    void referenceChecksThatNeedTheDatabase() {
        try (Services s = TestData.withDemo(dir)) {
            ReferenceData ref = s.reference().load();
            CaseDraft d = TestData.draft(ref, "x", "甲", "乙");
            var otherUnitsGrid = ref.gridsOf(ref.units().get(1).id()).get(0);
            CaseDraft wrongGrid = new CaseDraft(d.source(), d.disputeTypeId(), d.unitId(), otherUnitsGrid.id(), d.summary(),
                    d.requests(), d.peopleInvolved(), d.amountInvolved(), d.riskLevel(), d.receivedDate(), java.util.UUID.randomUUID(),
                    d.parties());
            assertThatThrownBy(() -> s.cases().register(wrongGrid)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.problems()).extracting(Problem::messageKey)
                            .containsExactlyInAnyOrder("error.gridNotInUnit", "error.unknownStaff"));
            assertThat(s.cases().countAll()).isEqualTo(12);
        }
    }

    @Test
    void aNewTypeListVersionKeepsOldCasesOnTheirType() {
        try (Services s = TestData.withDemo(dir)) {
            ReferenceData ref = s.reference().load();
            MediationCase old = s.cases().register(TestData.draft(ref, "旧类型的案件", "甲", "乙"));
            DisputeTypeList v2 = s.reference().newTypeListVersion("2027 年版");
            ReferenceData now = s.reference().load();
            assertThat(v2.listVersion()).isEqualTo(2);
            assertThat(now.activeList()).contains(v2);
            assertThat(now.activeTypes()).hasSize(15).noneMatch(t -> t.id().equals(old.draft().disputeTypeId()));
            DisputeType added = s.reference().saveType(new DisputeType(null, v2.id(), "村务管理", 0, 0));
            assertThat(s.reference().load().activeTypes()).contains(added);
            assertThat(now.type(old.draft().disputeTypeId())).isPresent();
            assertThat(s.cases().get(old.id()).orElseThrow().draft().disputeTypeId()).isEqualTo(old.draft().disputeTypeId());
        }
    }

    @Test
    void unitsGridsAndStaffAreEditedAndSoftDeleted() {
        try (Services s = TestData.withDemo(dir)) {
            Unit u = s.reference().saveUnit(new Unit(null, "新建村", UnitKind.VILLAGE, 9, 0));
            Unit renamed = s.reference().saveUnit(new Unit(u.id(), "新建村委会", UnitKind.VILLAGE, 9, u.version()));
            assertThat(renamed.version()).isEqualTo(2);
            assertThat(s.reference().load().units()).extracting(Unit::name).contains("新建村委会");
            s.reference().deleteUnit(u.id());
            assertThat(s.reference().load().units()).extracting(Unit::name).doesNotContain("新建村委会");
            // a village with grids, cases and weeks of screening is part of the history: it cannot be deleted
            ReferenceData ref = s.reference().load();
            Unit east = ref.units().get(0);
            long cases = s.cases().countAll();
            assertThatThrownBy(() -> s.reference().deleteUnit(east.id())).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.problems()).extracting(p -> p.field() + ":" + p.messageKey())
                            .containsExactly("unit:error.inUseCannotDelete"));
            assertThat(s.reference().load().units()).contains(east);
            var grid = ref.gridsOf(east.id()).get(0);
            var d = TestData.draft(ref, "网格里的纠纷", "甲", "乙");
            s.cases().register(new org.mediationledger.model.CaseDraft(d.source(), d.disputeTypeId(), east.id(), grid.id(), d.summary(),
                    d.requests(), d.peopleInvolved(), d.amountInvolved(), d.riskLevel(), d.receivedDate(), d.mediatorId(), d.parties()));
            assertThatThrownBy(() -> s.reference().deleteGrid(grid.id())).isInstanceOf(ValidationException.class);
            cases++;
            org.mediationledger.model.Staff mediator = ref.staff().stream()
                    .filter(x -> x.role() == StaffRole.LEGAL_ADVISER || x.role() == StaffRole.MEDIATOR).findFirst().orElseThrow();
            Staff unused = s.reference().saveStaff(new Staff(null, "新来的调解员", StaffRole.MEDIATOR, null, null, 0));
            s.reference().deleteStaff(unused.id());
            assertThat(s.reference().load().staff()).doesNotContain(unused);
            assertThat(s.cases().countAll()).isEqualTo(cases);
            assertThat(mediator).isNotNull();
            assertThatThrownBy(() -> s.reference().saveStaff(new Staff(null, "王五", StaffRole.MEDIATOR, null, "123", 0)))
                    .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                            .extracting(Problem::messageKey).containsExactly("error.phoneFormat"));
            assertThatThrownBy(() -> s.reference().saveUnit(new Unit(null, " ", UnitKind.VILLAGE, 1, 0)))
                    .isInstanceOf(ValidationException.class);
        }
    }

    @Test
    void caseInputNamesWhatItCannotPlace() {
        try (Services s = TestData.withDemo(dir)) {
            ReferenceData ref = s.reference().load();
            CaseInput in = new CaseInput("天上掉下来", "邻里", "东山村", "西河村第1网格", "x", null, 1, null, "紫色",
                    "2026-13-01", "无名氏", List.of(new CaseInput.PartyInput("原告", "甲", "男", null, null, null, null, null, null, null)));
            assertThatThrownBy(() -> new CaseInputMapper().toDraft(in, ref)).isInstanceOfSatisfying(ValidationException.class,
                    e -> assertThat(e.problems()).extracting(Problem::field).containsExactlyInAnyOrder(
                            "source", "riskLevel", "grid", "mediator", "receivedDate", "parties[0].role"));
        }
    }
}
