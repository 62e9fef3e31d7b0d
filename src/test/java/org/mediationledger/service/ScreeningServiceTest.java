package org.mediationledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.model.CaseDraft;
import org.mediationledger.model.CaseSource;
import org.mediationledger.model.Compliance;
import org.mediationledger.model.Finding;
import org.mediationledger.model.FindingParty;
import org.mediationledger.model.FindingStatus;
import org.mediationledger.model.LedgerRow;
import org.mediationledger.model.MediationCase;
import org.mediationledger.model.Problem;
import org.mediationledger.model.RiskLevel;
import org.mediationledger.model.ScreeningKind;
import org.mediationledger.model.ScreeningRound;
import org.mediationledger.model.SensitivePeriod;
import org.mediationledger.model.Unit;
import org.mediationledger.model.UnitKind;
import org.mediationledger.model.ValidationException;

/** Screening on a real data file with the demo township. */
class ScreeningServiceTest {
    @TempDir
    Path dir;
    Services s;
    ReferenceData ref;
    Unit east;

    @BeforeEach
    void open() {
        s = TestData.withDemo(dir);
        ref = s.reference().load();
        east = ref.units().get(0);
    }

    @AfterEach
    void close() {
        s.close();
    }

    Finding finding(String summary) {
        return new Finding(null, summary, ref.activeTypes().get(1).id(),
                List.of(new FindingParty("欧阳锋", "13812345678"), new FindingParty("洪七公", null)), 3,
                new BigDecimal("5000"), RiskLevel.ORANGE, "上门劝导", FindingStatus.MONITORING, null);
    }

    ScreeningRound round(LocalDate date, Unit u, List<Finding> findings) {
        return new ScreeningRound(null, date, u.id(), ref.gridsOf(u.id()).get(0).id(), ScreeningKind.ROUTINE,
                ref.staff().get(0).id(), List.of(ref.staff().get(1).id()), "入户走访", findings, 0);
    }

    @Test
    void aRoundWithFindingsIsReadBackWhole() {
        ScreeningRound saved = s.screening().record(round(TestData.TODAY, east, List.of(finding("宅基地界址争议"))));
        List<ScreeningRound> back = s.screening().rounds(TestData.TODAY, TestData.TODAY, List.of(east.id()));
        ScreeningRound r = back.stream().filter(x -> x.id().equals(saved.id())).findFirst().orElseThrow();
        assertThat(r.isZeroReport()).isFalse();
        assertThat(r.otherScreenerIds()).containsExactly(ref.staff().get(1).id());
        assertThat(r.notes()).isEqualTo("入户走访");
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.summary()).isEqualTo("宅基地界址争议");
            assertThat(f.parties()).extracting(FindingParty::name).containsExactly("欧阳锋", "洪七公");
            assertThat(f.amountInvolved()).isEqualByComparingTo("5000");
            assertThat(f.status()).isEqualTo(FindingStatus.MONITORING);
        });
    }

    @Test
    void aZeroReportCountsAsScreenedOnTheBoard() {
        Unit lastUnit = ref.units().get(7); // the demo leaves units 5-7 unscreened this week
        assertThat(s.screening().notScreenedThisWeek()).contains(lastUnit);
        Compliance.Board before = s.screening().compliance(TestData.TODAY.minusDays(3), TestData.TODAY, lastUnit.id());
        assertThat(before.rows().get(0).cells().get(0).state()).isEqualTo(Compliance.CellState.NOT_YET_DUE);
        s.screening().recordZeroReport(lastUnit.id(), TestData.TODAY, null);
        Compliance.Board after = s.screening().compliance(TestData.TODAY.minusDays(3), TestData.TODAY, lastUnit.id());
        assertThat(after.rows().get(0).cells().get(0).state()).isEqualTo(Compliance.CellState.ZERO_REPORT);
        assertThat(after.met()).isEqualTo(before.met() + 1);
        assertThat(s.screening().notScreenedThisWeek()).doesNotContain(lastUnit);
    }

    @Test
    void badInputIsRefusedWholeAndNothingIsHalfSaved() {
        int before = s.screening().rounds(TestData.TODAY.minusYears(1), TestData.TODAY, null).size();
        Finding noType = new Finding(null, "没有类型", null, List.of(), null, null, RiskLevel.BLUE, null, FindingStatus.MONITORING, null);
        assertThatThrownBy(() -> s.screening().record(round(TestData.TODAY.plusDays(1), east, List.of(finding("好的"), noType))))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.messageKey())
                        .containsExactlyInAnyOrder("roundDate:error.dateInFuture", "findings[1].disputeType:error.findingNeedsType"));
        ScreeningRound otherGrid = new ScreeningRound(null, TestData.TODAY, east.id(), ref.gridsOf(ref.units().get(1).id()).get(0).id(),
                ScreeningKind.ROUTINE, null, List.of(), null, List.of(), 0);
        assertThatThrownBy(() -> s.screening().record(otherGrid)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::messageKey).containsExactly("error.gridNotInUnit"));
        assertThatThrownBy(() -> s.screening().saveSensitivePeriod(new SensitivePeriod(null, "春节",
                LocalDate.of(2027, 2, 20), LocalDate.of(2027, 2, 10), 1))).isInstanceOf(ValidationException.class);
        assertThat(s.screening().rounds(TestData.TODAY.minusYears(1), TestData.TODAY, null)).hasSize(before);
        assertThat(s.screening().sensitivePeriods()).extracting(SensitivePeriod::name).doesNotContain("春节");
    }

    @Test
    void theBoardUsesTheRulesAndSensitivePeriodsOfTheFile() {
        LocalDate mon = LocalDate.of(2026, 11, 16);
        Unit u = ref.units().stream().filter(x -> x.kind() == UnitKind.COMMUNITY).findFirst().orElseThrow();
        Compliance.Board one = s.screening().compliance(mon, mon.plusDays(6), u.id());
        s.screening().setRoundsPerWeek(UnitKind.COMMUNITY, 2);
        assertThat(s.screening().rules()).containsEntry(UnitKind.COMMUNITY, 2).containsEntry(UnitKind.VILLAGE, 1);
        Compliance.Board two = s.screening().compliance(mon, mon.plusDays(6), u.id());
        assertThat(one.rows().get(0).cells().get(0).state()).isIn(Compliance.CellState.MET, Compliance.CellState.ZERO_REPORT);
        assertThat(two.rows().get(0).cells().get(0).state()).isEqualTo(Compliance.CellState.MISSED);
        s.screening().saveSensitivePeriod(new SensitivePeriod(null, "重要会议", mon, mon.plusDays(2), 1));
        Compliance.Board sens = s.screening().compliance(mon, mon.plusDays(6), u.id());
        assertThat(sens.sensitiveDue()).isEqualTo(3);
        assertThatThrownBy(() -> s.screening().setRoundsPerWeek(UnitKind.VILLAGE, 0)).isInstanceOf(ValidationException.class);
    }

    @Test
    void theLedgerHasALinePerFindingAndPerZeroReportWithMaskedPhones() {
        LocalDate day = TestData.TODAY.minusDays(400);
        // the demo villages were set up twelve weeks ago; these two existed long before
        for (var u : List.of(ref.units().get(0), ref.units().get(1))) {
            s.reference().saveUnit(u.withDates(LocalDate.of(2020, 1, 1), null));
        }
        s.screening().record(round(day, east, List.of(finding("甲"), finding("乙"))));
        s.screening().recordZeroReport(ref.units().get(1).id(), day, null);
        List<LedgerRow> rows = s.screening().ledger(day, day, null);
        assertThat(rows).hasSize(3);
        assertThat(rows).extracting(LedgerRow::number).containsExactly(1, 2, 3);
        assertThat(rows.get(0).parties()).isEqualTo("欧阳锋 138****5678、洪七公").doesNotContain("13812345678");
        assertThat(rows.get(0).result()).isEqualTo("稳控中");
        assertThat(rows.get(2).summary()).startsWith("零报告");
        assertThat(rows.get(2).findingId()).isNull();
        assertThat(s.screening().ledger(day, day, List.of(east.id()))).hasSize(2);
    }

    @Test
    void aRoundRecordedByMistakeCanBeDeletedUnlessItsFindingBecameACase() {
        Unit lastUnit = ref.units().get(7);
        ScreeningRound zero = s.screening().recordZeroReport(lastUnit.id(), TestData.TODAY, null);
        assertThat(s.screening().notScreenedThisWeek()).doesNotContain(lastUnit);
        // a second click on "登记今天的零报告": one zero report per unit and day
        assertThatThrownBy(() -> s.screening().recordZeroReport(lastUnit.id(), TestData.TODAY, null))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems()).extracting(Problem::messageKey)
                        .containsExactly("error.zeroReportExists"));
        LedgerRow line = s.screening().ledger(TestData.TODAY, TestData.TODAY, List.of(lastUnit.id())).get(0);
        assertThat(line.roundId()).isEqualTo(zero.id());
        s.screening().delete(line.roundId());
        assertThat(s.screening().notScreenedThisWeek()).contains(lastUnit);
        assertThat(s.screening().ledger(TestData.TODAY, TestData.TODAY, List.of(lastUnit.id()))).isEmpty();
        // once the mistaken one is deleted, the day's zero report can be recorded again
        s.screening().delete(s.screening().recordZeroReport(lastUnit.id(), TestData.TODAY, null).id());

        ScreeningRound r = s.screening().record(round(TestData.TODAY, east, List.of(finding("转为案件的纠纷"))));
        var findingId = r.findings().get(0).id();
        s.screening().openCase(findingId, s.screening().draftFromFinding(findingId));
        assertThatThrownBy(() -> s.screening().delete(r.id())).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::messageKey).containsExactly("error.roundHasCase"));
        assertThat(s.screening().rounds(TestData.TODAY, TestData.TODAY, List.of(east.id()))).extracting(ScreeningRound::id).contains(r.id());
    }

    @Test
    void aDeletedRoundComesBackOnUndoUnlessThatWouldCountADayTwice() {
        Unit lastUnit = ref.units().get(7);
        ScreeningRound zero = s.screening().recordZeroReport(lastUnit.id(), TestData.TODAY, null);
        s.screening().delete(zero.id());
        assertThat(s.screening().notScreenedThisWeek()).contains(lastUnit);
        s.screening().restore(zero.id());
        assertThat(s.screening().notScreenedThisWeek()).doesNotContain(lastUnit);
        assertThat(s.screening().ledger(TestData.TODAY, TestData.TODAY, List.of(lastUnit.id()))).extracting(LedgerRow::roundId)
                .containsExactly(zero.id());
        // undo twice: nothing to undo
        assertThatThrownBy(() -> s.screening().restore(zero.id())).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::messageKey).containsExactly("error.roundNotDeleted"));
        // deleted, a new zero report recorded that day, then undo: the day would hold two zero reports
        s.screening().delete(zero.id());
        s.screening().recordZeroReport(lastUnit.id(), TestData.TODAY, null);
        assertThatThrownBy(() -> s.screening().restore(zero.id())).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::messageKey).containsExactly("error.zeroReportExists"));
        // a round with findings comes back with them
        ScreeningRound r = s.screening().record(round(TestData.TODAY, east, List.of(finding("两户因排水沟发生口角"))));
        s.screening().delete(r.id());
        s.screening().restore(r.id());
        assertThat(s.screening().rounds(TestData.TODAY, TestData.TODAY, List.of(east.id())).stream()
                .filter(x -> x.id().equals(r.id())).findFirst().orElseThrow().findings()).hasSize(1);
    }

    @Test
    void aCaseOpenedFromAFindingIsLinkedBothWaysAndOnlyOnce() {
        ScreeningRound r = s.screening().record(round(TestData.TODAY, east, List.of(finding("承包地边界争议"))));
        var findingId = r.findings().get(0).id();
        CaseDraft draft = s.screening().draftFromFinding(findingId);
        assertThat(draft.source()).isEqualTo(CaseSource.SCREENING);
        assertThat(draft.unitId()).isEqualTo(east.id());
        assertThat(draft.gridId()).isEqualTo(r.gridId());
        assertThat(draft.summary()).isEqualTo("承包地边界争议");
        assertThat(draft.riskLevel()).isEqualTo(RiskLevel.ORANGE);
        assertThat(draft.parties()).extracting(p -> p.role().name() + ":" + p.name())
                .containsExactly("APPLICANT:欧阳锋", "RESPONDENT:洪七公");
        MediationCase c = s.screening().openCase(findingId, draft);
        assertThat(s.screening().finding(findingId).orElseThrow().caseId()).isEqualTo(c.id());
        assertThat(s.screening().finding(findingId).orElseThrow().status()).isEqualTo(FindingStatus.BECAME_CASE);
        assertThat(s.screening().findingOfCase(c.id()).map(Finding::id)).contains(findingId);
        int cases = s.cases().countAll();
        assertThatThrownBy(() -> s.screening().openCase(findingId, draft)).isInstanceOf(ValidationException.class);
        // also when the check is raced past: the link itself refuses and the second case is not saved
        assertThatThrownBy(() -> s.cases().registerFromFinding(draft, findingId)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::messageKey).containsExactly("error.findingAlreadyCase"));
        assertThat(s.cases().countAll()).isEqualTo(cases);
    }
}
