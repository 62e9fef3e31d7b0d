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
import org.mediationledger.model.Agreement;
import org.mediationledger.model.AttemptResult;
import org.mediationledger.model.CaseStatus;
import org.mediationledger.model.Escalation;
import org.mediationledger.model.Extension;
import org.mediationledger.model.FollowUp;
import org.mediationledger.model.MediationAttempt;
import org.mediationledger.model.MediationCase;
import org.mediationledger.model.MediationKind;
import org.mediationledger.model.MediationLevel;
import org.mediationledger.model.PathState;
import org.mediationledger.model.Performance;
import org.mediationledger.model.PerformanceStatus;
import org.mediationledger.model.Prevention;
import org.mediationledger.model.Satisfaction;
import org.mediationledger.model.Termination;
import org.mediationledger.model.TimelineEntry;
import org.mediationledger.model.TransitionRefused;
import org.mediationledger.model.ValidationException;
import org.mediationledger.model.WorkItem;

/** A case's path on a real data file, from the first village attempt to the archive. */
class PathServiceTest {
    @TempDir
    Path dir;
    Services s;
    MediationCase c;
    LocalDate received;

    @BeforeEach
    void open() {
        s = TestData.withDemo(dir);
        ReferenceData ref = s.reference().load();
        var d = TestData.draft(ref, "两户因宅基地界址发生争执", "甲", "乙");
        received = TestData.TODAY.minusDays(20);
        c = s.cases().register(new org.mediationledger.model.CaseDraft(d.source(), d.disputeTypeId(), d.unitId(), d.gridId(),
                d.summary(), d.requests(), d.peopleInvolved(), d.amountInvolved(), d.riskLevel(), received, d.mediatorId(), d.parties()));
    }

    @AfterEach
    void close() {
        s.close();
    }

    MediationAttempt attempt(MediationLevel level, AttemptResult result, LocalDate date) {
        return new MediationAttempt(null, level, MediationKind.PEOPLES, date, "村委会调解室",
                List.of(s.reference().load().staff().get(0).id()), "村民代表", "要求拆墙", "不同意", "围墙越界半米", result, null);
    }

    @Test
    void thePathOnlyGoesUpAndPerformanceFollowsTheAgreement() {
        s.path().attempt(c.id(), attempt(MediationLevel.VILLAGE, AttemptResult.FAILURE, received.plusDays(2)));
        s.path().escalate(c.id(), new Escalation(null, received.plusDays(3), null, MediationLevel.TOWNSHIP, null, "村级调解不成"));
        assertThatThrownBy(() -> s.path().attempt(c.id(), attempt(MediationLevel.VILLAGE, AttemptResult.SUCCESS, received.plusDays(4))))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(TestData.ZH.problem(((ValidationException) e).problems().get(0))).contains("镇级"));
        s.path().attempt(c.id(), attempt(MediationLevel.TOWNSHIP, AttemptResult.SUCCESS, received.plusDays(5)));
        s.path().agree(c.id(), new Agreement(null, false, received.plusDays(5), null, "口头协议：拆除越界部分", null, null, null,
                null, null, null, null, null, null));
        // a day before the agreement: refused, naming the date; on the day: accepted
        assertThatThrownBy(() -> s.path().perform(c.id(), new Performance(null, PerformanceStatus.PERFORMED, received.plusDays(4), null)))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).problems()).extracting(p -> p.field() + ":" + p.messageKey())
                        .containsExactly("date:error.notBefore"));
        assertThat(s.path().perform(c.id(), new Performance(null, PerformanceStatus.PERFORMED, received.plusDays(5), null)).status())
                .isEqualTo(CaseStatus.PERFORMANCE);
        assertThatThrownBy(() -> s.path().followUp(c.id(), new FollowUp(null, received.minusDays(1), null, Satisfaction.SATISFIED,
                false, false, null))).isInstanceOf(ValidationException.class);
    }

    @Test
    void judicialConfirmationIsRecordedAfterPerformanceWithinItsWindow() {
        s.path().attempt(c.id(), attempt(MediationLevel.VILLAGE, AttemptResult.SUCCESS, received.plusDays(2)));
        Agreement a = new Agreement(null, true, received.plusDays(2), "越界建墙", "拆除越界部分", null, "自行拆除",
                received.plusDays(10), received.plusDays(2), received.plusDays(2), received.plusDays(3), null, null, null);
        s.path().agree(c.id(), a);
        s.path().perform(c.id(), new Performance(null, PerformanceStatus.PERFORMED, received.plusDays(8), "已拆除"));
        // the parties applied to the court on day 19 of the 30: still recordable, and the case stays where it is
        Agreement confirmed = new Agreement(null, true, received.plusDays(2), "越界建墙", "拆除越界部分", null, "自行拆除",
                received.plusDays(10), received.plusDays(2), received.plusDays(2), received.plusDays(3), received.plusDays(19),
                null, null);
        PathState p = s.path().agree(c.id(), confirmed);
        assertThat(p.status()).isEqualTo(CaseStatus.PERFORMANCE);
        assertThat(p.agreement().confirmationAppliedDate()).isEqualTo(received.plusDays(19));
        assertThat(p.performances()).hasSize(1);
    }

    @Test
    void fromTheVillageToTheArchive() {
        PathState p = s.path().attempt(c.id(), attempt(MediationLevel.VILLAGE, AttemptResult.FAILURE, received.plusDays(2)));
        // a failed attempt leaves the case in mediation, owing the next step
        assertThat(p.status()).isEqualTo(CaseStatus.IN_MEDIATION);
        assertThat(p.awaitingNextStep()).isTrue();
        assertThat(p.currentLevel()).isEqualTo(MediationLevel.VILLAGE);
        p = s.path().escalate(c.id(), new Escalation(null, received.plusDays(3), null, MediationLevel.TOWNSHIP, null, "村级调解不成"));
        assertThat(p.status()).isEqualTo(CaseStatus.IN_MEDIATION);
        assertThat(p.currentLevel()).isEqualTo(MediationLevel.TOWNSHIP);
        p = s.path().attempt(c.id(), attempt(MediationLevel.TOWNSHIP, AttemptResult.SUCCESS, received.plusDays(5)));
        assertThat(p.status()).isEqualTo(CaseStatus.AGREEMENT_REACHED);
        assertThat(p.resolutionLevel()).contains(MediationLevel.TOWNSHIP);
        Agreement a = new Agreement(null, true, received.plusDays(5), "越界建墙", "拆除越界部分并赔偿", new BigDecimal("2000"),
                "现金", received.plusDays(10), received.plusDays(5), received.plusDays(5), received.plusDays(6), null, null, null);
        p = s.path().agree(c.id(), a);
        assertThat(p.agreement().effectiveDate()).contains(received.plusDays(6));
        p = s.path().perform(c.id(), new Performance(null, PerformanceStatus.PERFORMED, received.plusDays(9), "已拆除"));
        assertThat(p.status()).isEqualTo(CaseStatus.PERFORMANCE);
        p = s.path().followUp(c.id(), new FollowUp(null, received.plusDays(15), null, Satisfaction.SATISFIED, false, false, null));
        assertThat(p.status()).isEqualTo(CaseStatus.FOLLOWED_UP);
        assertThat(s.path().close(c.id()).status()).isEqualTo(CaseStatus.CLOSED);
        assertThat(s.path().archive(c.id()).status()).isEqualTo(CaseStatus.ARCHIVED);
        assertThat(s.cases().get(c.id()).orElseThrow().status()).isEqualTo(CaseStatus.ARCHIVED);

        List<TimelineEntry> t = s.path().timeline(s.path().path(c.id()));
        assertThat(t).extracting(TimelineEntry::kind).containsExactly("REGISTERED", "ATTEMPT", "ESCALATED", "ATTEMPT",
                "AGREEMENT", "EFFECTIVE", "PERFORMANCE", "FOLLOW_UP");
        assertThat(t.get(1).title()).isEqualTo("村级人民调解：调解不成");
        assertThat(t.get(3).title()).isEqualTo("镇级人民调解：调解成功");
        assertThat(s.cases().history(c.id())).extracting(e -> e.changes().stream().filter(x -> x.field().equals("status"))
                .map(x -> x.newValue()).findFirst().orElse("")).contains("调解中", "达成协议", "已归档").doesNotContain("调解终结");
    }

    /** Whether the figures count the case as still being mediated (not concluded). */
    boolean stillMediated() {
        var period = org.mediationledger.model.Period.custom(received, TestData.TODAY);
        boolean open = s.stats().cases(period, null, null, org.mediationledger.model.Measure.OPEN).stream().anyMatch(r -> r.id().equals(c.id()));
        boolean concluded = s.stats().cases(period, null, null, org.mediationledger.model.Measure.CONCLUDED).stream()
                .anyMatch(r -> r.id().equals(c.id()));
        assertThat(open).isNotEqualTo(concluded);
        return open;
    }

    @Test
    void onlyTheTerminationConcludesAFailedMediationAndItIsDatedFromTheLastAttempt() {
        LocalDate failed = received.plusDays(2);
        s.path().attempt(c.id(), attempt(MediationLevel.VILLAGE, AttemptResult.FAILURE, failed));
        assertThat(stillMediated()).isTrue();
        // "my work" says the next step is owed, and since when
        assertThat(s.path().myWork()).anySatisfy(w -> {
            assertThat(w.caseId()).isEqualTo(c.id());
            assertThat(w.kind()).isEqualTo(org.mediationledger.model.WorkItem.Kind.NEXT_STEP_OWED);
            assertThat(w.days()).isEqualTo(18);
        });
        // a day before the failed attempt: refused with the date; no reason: refused; on the day: accepted
        assertThatThrownBy(() -> s.path().terminate(c.id(), new Termination(failed.minusDays(1), "双方分歧较大")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.messageKey()).containsExactly("date:error.notBefore"));
        assertThatThrownBy(() -> s.path().terminate(c.id(), new Termination(failed, " ")))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.messageKey()).containsExactly("reason:error.required"));
        assertThatThrownBy(() -> s.path().terminate(c.id(), new Termination(TestData.TODAY.plusDays(1), "双方分歧较大")))
                .isInstanceOf(ValidationException.class);
        PathState p = s.path().terminate(c.id(), new Termination(failed, "双方分歧较大，告知可诉讼"));
        assertThat(p.status()).isEqualTo(CaseStatus.FAILED);
        assertThat(s.path().myWork()).noneMatch(w -> w.caseId().equals(c.id()));
        assertThat(p.termination()).isEqualTo(new Termination(failed, "双方分歧较大，告知可诉讼"));
        assertThat(stillMediated()).isFalse();
        assertThat(s.path().timeline(p)).extracting(TimelineEntry::kind).containsExactly("REGISTERED", "ATTEMPT", "TERMINATED");
        // a terminated mediation taken up a level is in mediation again, and the ended date goes (the history keeps it)
        p = s.path().escalate(c.id(), new Escalation(null, failed.plusDays(1), null, MediationLevel.TOWNSHIP, null, "镇里接手"));
        assertThat(p.status()).isEqualTo(CaseStatus.IN_MEDIATION);
        assertThat(p.termination()).isNull();
        assertThat(stillMediated()).isTrue();
        assertThat(s.cases().history(c.id())).anySatisfy(e -> assertThat(e.changes()).anySatisfy(x ->
                assertThat(x.oldValue()).isEqualTo(failed.toString())));
    }

    @Test
    void aRefusedStepChangesNothingAndSaysWhy() {
        assertThatThrownBy(() -> s.path().perform(c.id(), new Performance(null, PerformanceStatus.PERFORMED, TestData.TODAY, null)))
                .isInstanceOfSatisfying(TransitionRefused.class, e -> assertThat(TestData.ZH.get(e.messageKey(),
                        TestData.ZH.label(e.from()), TestData.ZH.label(e.action()))).isEqualTo("状态为“已受理”的案件不能登记履行情况。"));
        assertThat(s.path().path(c.id()).performances()).isEmpty();
        assertThat(s.cases().get(c.id()).orElseThrow().status()).isEqualTo(CaseStatus.REGISTERED);
        assertThatThrownBy(() -> s.path().attempt(c.id(), attempt(MediationLevel.VILLAGE, AttemptResult.FAILURE, received.minusDays(1))))
                .isInstanceOf(ValidationException.class);
        assertThat(s.path().path(c.id()).attempts()).isEmpty();
    }

    @Test
    void referredOutAndClosed() {
        s.path().attempt(c.id(), attempt(MediationLevel.VILLAGE, AttemptResult.FAILURE, received.plusDays(1)));
        PathState p = s.path().escalate(c.id(), new Escalation(null, received.plusDays(2), null, null, "县人民法院（诉讼）", "当事人坚持起诉"));
        assertThat(p.status()).isEqualTo(CaseStatus.REFERRED_OUT);
        assertThat(p.referredTo()).isEqualTo("县人民法院（诉讼）");
        assertThat(p.resolutionLevel()).isEmpty();
        assertThat(s.path().close(c.id()).status()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void deadlinesExtensionsAndMyWork() {
        // received 20 days ago: due in 10 days, not yet in "my work"; an old case is overdue
        assertThat(s.path().myWork()).noneMatch(w -> w.caseId().equals(c.id()));
        PathState p = s.path().path(c.id());
        assertThat(p.deadline(30)).isEqualTo(received.plusDays(30));
        ReferenceData ref = s.reference().load();
        var d = TestData.draft(ref, "旧案", "丙", "丁");
        MediationCase old = s.cases().register(new org.mediationledger.model.CaseDraft(d.source(), d.disputeTypeId(), d.unitId(),
                d.gridId(), d.summary(), d.requests(), d.peopleInvolved(), d.amountInvolved(), d.riskLevel(),
                TestData.TODAY.minusDays(35), d.mediatorId(), d.parties()));
        assertThat(s.path().myWork()).anySatisfy(w -> {
            assertThat(w.caseId()).isEqualTo(old.id());
            assertThat(w.kind()).isEqualTo(WorkItem.Kind.OVERDUE);
            assertThat(w.days()).isEqualTo(5);
        });
        var oldLine = s.cases().search(new org.mediationledger.model.CaseFilter(null, null, null, null, null, null, "旧案"), 0, 5)
                .rows().get(0);
        assertThat(oldLine.overdue(TestData.TODAY)).isTrue();
        s.path().extend(old.id(), new Extension(null, TestData.TODAY, 10, "当事人外出务工", true));
        assertThat(s.cases().search(new org.mediationledger.model.CaseFilter(null, null, null, null, null, null, "旧案"), 0, 5)
                .rows().get(0).overdue(TestData.TODAY)).isFalse();
        assertThat(s.path().myWork()).anySatisfy(w -> {
            assertThat(w.caseId()).isEqualTo(old.id());
            assertThat(w.kind()).isEqualTo(WorkItem.Kind.DUE_SOON);
            assertThat(w.days()).isEqualTo(5);
        });
        assertThatThrownBy(() -> s.path().extend(old.id(), new Extension(null, TestData.TODAY, 10, "x", false)))
                .isInstanceOf(ValidationException.class);
        assertThat(s.path().setPrevention(old.id(), new Prevention(null, 3, null, null)).prevention().criminal()).isEqualTo(3);
    }

    @Test
    void theMediationPeriodIsASetting() {
        assertThat(s.path().mediationDays()).isEqualTo(30);
        s.settings().setMediationDays(15);
        assertThat(s.path().path(c.id()).deadline(s.path().mediationDays())).isEqualTo(received.plusDays(15));
        assertThat(s.path().myWork()).anySatisfy(w -> {
            assertThat(w.caseId()).isEqualTo(c.id());
            assertThat(w.kind()).isEqualTo(WorkItem.Kind.OVERDUE);
            assertThat(w.days()).isEqualTo(5);
        });
        assertThatThrownBy(() -> s.settings().setMediationDays(0)).isInstanceOf(ValidationException.class);
    }

    @Test
    void aConfirmationWindowClosingShowsInMyWork() {
        ReferenceData ref = s.reference().load();
        var d = TestData.draft(ref, "早些时候受理的", "丙", "丁");
        MediationCase early = s.cases().register(new org.mediationledger.model.CaseDraft(d.source(), d.disputeTypeId(), d.unitId(),
                d.gridId(), d.summary(), d.requests(), d.peopleInvolved(), d.amountInvolved(), d.riskLevel(),
                TestData.TODAY.minusDays(40), d.mediatorId(), d.parties()));
        LocalDate effective = TestData.TODAY.minusDays(26);
        s.path().attempt(early.id(), attempt(MediationLevel.VILLAGE, AttemptResult.SUCCESS, effective));
        s.path().agree(early.id(), new Agreement(null, false, effective, null, "赔偿 500 元", new BigDecimal("500"), null, null,
                null, null, null, null, null, null));
        assertThat(s.path().myWork()).anySatisfy(w -> {
            assertThat(w.kind()).isEqualTo(WorkItem.Kind.CONFIRMATION_CLOSING);
            assertThat(w.days()).isEqualTo(4);
        });
        // the oral-agreement register lists exactly the cases settled orally
        assertThat(s.cases().search(org.mediationledger.model.CaseFilter.all().oralOnly(true), 0, 50).rows())
                .extracting(org.mediationledger.model.CaseSummary::caseNumber)
                .containsExactlyInAnyOrder(early.caseNumber(), "（2026）青山镇人调字第004号", "（2026）青山镇人调字第005号",
                        "（2026）青山镇人调字第006号"); // the demo's cases settled orally in the township
        assertThatThrownBy(() -> s.path().agree(early.id(), new Agreement(null, false, effective, null, "赔偿 500 元", null, null, null,
                null, null, null, effective.plusDays(31), null, null))).isInstanceOf(ValidationException.class);
    }
}
