package org.mediationledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.model.CaseFilter;
import org.mediationledger.model.ClosureOutcome;
import org.mediationledger.model.ExtensionRequest;
import org.mediationledger.model.LeaderAssignment;
import org.mediationledger.model.Problem;
import org.mediationledger.model.Satisfaction;
import org.mediationledger.model.Staff;
import org.mediationledger.model.StaffRole;
import org.mediationledger.model.SupervisionEntry;
import org.mediationledger.model.ValidationException;
import org.mediationledger.model.WorkItem;

class LeaderServiceTest {
    @TempDir
    Path dir;
    Services s;
    Staff leader;
    Staff clerk;
    UUID caseId;

    @BeforeEach
    void open() {
        s = TestData.withDemo(dir);
        ReferenceData ref = s.reference().load();
        leader = ref.withRole(StaffRole.LEADER).get(0);
        clerk = ref.withRole(StaffRole.CLERK).get(0);
        caseId = s.cases().search(CaseFilter.all(), 0, 1).rows().get(0).id();
    }

    @AfterEach
    void close() {
        s.close();
    }

    LeaderAssignment assignment(UUID c, UUID leaderId, LocalDate assigned) {
        return new LeaderAssignment(null, c, null, leaderId, null, "村主任", "司法所、派出所", "三方座谈，分期履行", assigned,
                s.leader().defaultDeadline(assigned), false, null, null, null, null, null);
    }

    @Test
    void deadlineArithmeticInCalendarMonths() {
        assertThat(LeaderAssignment.defaultDeadline(LocalDate.of(2026, 11, 30), 3)).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(LeaderAssignment.defaultDeadline(LocalDate.of(2027, 11, 30), 3)).isEqualTo(LocalDate.of(2028, 2, 29));
        assertThat(LeaderAssignment.defaultDeadline(LocalDate.of(2026, 8, 31), 3)).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(LeaderAssignment.defaultDeadline(LocalDate.of(2026, 1, 15), 3)).isEqualTo(LocalDate.of(2026, 4, 15));
        LeaderAssignment a = new LeaderAssignment(null, UUID.randomUUID(), null, UUID.randomUUID(), null, null, null, "x",
                LocalDate.of(2026, 11, 30), LocalDate.of(2027, 2, 28), false, null, null, null,
                List.of(new ExtensionRequest(null, LocalDate.of(2027, 2, 20), 10, "y", true, null, null),
                        new ExtensionRequest(null, LocalDate.of(2027, 2, 21), 20, "z", false, null, null)), null);
        assertThat(a.deadline()).isEqualTo(LocalDate.of(2027, 3, 10));
        assertThat(a.overdue(LocalDate.of(2027, 3, 10))).isFalse();
        assertThat(a.overdue(LocalDate.of(2027, 3, 11))).isTrue();
    }

    @Test
    void oneMatterOneLeaderAndTheLeaderRoleIsChecked() {
        LeaderAssignment first = s.leader().assign(assignment(caseId, leader.id(), TestData.TODAY));
        assertThat(first.deadline()).isEqualTo(LocalDate.of(2027, 2, 26));
        assertThatThrownBy(() -> s.leader().assign(assignment(caseId, leader.id(), TestData.TODAY)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey).containsExactly("error.alreadyAssigned"));
        UUID other = s.cases().search(CaseFilter.all(), 1, 1).rows().get(0).id();
        assertThatThrownBy(() -> s.leader().assign(assignment(other, clerk.id(), TestData.TODAY)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey).containsExactly("error.notALeader"));
        assertThat(s.leader().board(null)).hasSize(1);
        // once closed, the matter may be assigned again
        s.leader().close(first.id(), ClosureOutcome.RESOLVED, Satisfaction.SATISFIED, TestData.TODAY);
        assertThat(s.leader().assign(assignment(caseId, leader.id(), TestData.TODAY)).closed()).isFalse();
    }

    @Test
    void extensionsSupervisionOverdueAndClosure() {
        LeaderAssignment late = s.leader().assign(assignment(caseId, leader.id(), TestData.TODAY.minusMonths(3).minusDays(2)));
        assertThat(s.leader().overdue()).extracting(LeaderAssignment::id).containsExactly(late.id());
        LeaderAssignment refused = s.leader().extend(late.id(), new ExtensionRequest(null, TestData.TODAY, 10, "当事人住院", false,
                leader.id(), TestData.TODAY));
        assertThat(refused.deadline()).isEqualTo(late.deadline());
        assertThat(s.leader().overdue()).hasSize(1);
        LeaderAssignment approved = s.leader().extend(late.id(), new ExtensionRequest(null, TestData.TODAY, 5, "协商中", true,
                leader.id(), TestData.TODAY));
        assertThat(approved.deadline()).isEqualTo(late.deadline().plusDays(5));
        assertThat(s.leader().overdue()).isEmpty();
        assertThat(s.leader().dueSoon()).extracting(LeaderAssignment::id).containsExactly(late.id());
        assertThatThrownBy(() -> s.leader().extend(late.id(), new ExtensionRequest(null, TestData.TODAY, 31, "太长", true,
                leader.id(), TestData.TODAY))).isInstanceOf(ValidationException.class);

        LeaderAssignment supervised = s.leader().supervise(late.id(), new SupervisionEntry(null, TestData.TODAY, clerk.id(),
                "本周内组织双方见面", "已约定周五见面", TestData.TODAY.plusDays(3)));
        assertThat(supervised.supervision()).singleElement().satisfies(e -> assertThat(e.instruction()).isEqualTo("本周内组织双方见面"));
        assertThat(s.leader().board(leader.id())).hasSize(1);
        assertThat(s.leader().board(clerk.id())).isEmpty();

        // a decision before its request, a closure before the assignment: refused, naming the date; on the day: accepted
        assertThatThrownBy(() -> s.leader().extend(late.id(), new ExtensionRequest(null, TestData.TODAY, 3, "再协商", true,
                leader.id(), TestData.TODAY.minusDays(1)))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.messageKey()).containsExactly("decidedDate:error.notBefore"));
        assertThatThrownBy(() -> s.leader().close(late.id(), ClosureOutcome.PETITION_STOPPED, Satisfaction.SATISFIED,
                late.assignedDate().minusDays(1))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field() + ":" + p.messageKey()).containsExactly("closedDate:error.notBefore"));
        LeaderAssignment closed = s.leader().close(late.id(), ClosureOutcome.PETITION_STOPPED, Satisfaction.FAIRLY_SATISFIED, TestData.TODAY);
        assertThat(closed.closedOnTime()).isTrue();
        assertThat(s.leader().dueSoon()).isEmpty();
        assertThatThrownBy(() -> s.leader().supervise(late.id(), new SupervisionEntry(null, TestData.TODAY, clerk.id(), "x", null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey).containsExactly("error.assignmentClosed"));
    }

    @Test
    void termsAreSettingsAndAFindingCanBeAssigned() {
        s.settings().setLeaderTerms(2, 10);
        assertThat(s.leader().defaultDeadline(LocalDate.of(2026, 12, 31))).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThatThrownBy(() -> s.settings().setLeaderTerms(0, 200)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.problems()).extracting(Problem::field).containsExactly("leaderMonths", "leaderMaxExtensionDays"));

        var finding = s.screening().ledger(TestData.TODAY.minusMonths(3), TestData.TODAY, null).stream()
                .filter(r -> r.findingId() != null && r.caseId() == null).findFirst().orElseThrow();
        LeaderAssignment a = s.leader().assign(new LeaderAssignment(null, null, finding.findingId(), leader.id(), null, null, null,
                "约谈双方", TestData.TODAY, s.leader().defaultDeadline(TestData.TODAY), false, null, null, null, null, null));
        assertThat(a.deadline()).isEqualTo(LocalDate.of(2027, 1, 26));
        // the cap of ten days now applies
        assertThatThrownBy(() -> s.leader().extend(a.id(), new ExtensionRequest(null, TestData.TODAY, 11, "等鉴定", true, leader.id(),
                TestData.TODAY))).isInstanceOf(ValidationException.class);
        assertThat(s.leader().extend(a.id(), new ExtensionRequest(null, TestData.TODAY, 10, "等鉴定", true, leader.id(),
                TestData.TODAY)).deadline()).isEqualTo(LocalDate.of(2027, 2, 5));
        assertThat(s.leader().matters(leader.id())).singleElement().satisfies(x ->
                assertThat(x.subject(TestData.ZH)).isEqualTo("排查发现：" + finding.summary()));
        // the same finding a second time is refused
        assertThatThrownBy(() -> s.leader().assign(new LeaderAssignment(null, null, finding.findingId(), leader.id(), null, null, null,
                "再次包案", TestData.TODAY, TestData.TODAY.plusMonths(1), false, null, null, null, null, null)))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aLeadersOwnLateAndDueMattersAreHisWork() {
        Staff other = s.reference().load().withRole(StaffRole.LEADER).stream().filter(x -> !x.id().equals(leader.id()))
                .findFirst().orElseThrow();
        List<UUID> ids = s.cases().search(CaseFilter.all(), 0, 3).rows().stream().map(r -> r.id()).toList();
        // late by 2 days, due in 5 days, due in 40 days; a third leader's matter due in 3 days
        s.leader().assign(new LeaderAssignment(null, ids.get(0), null, leader.id(), null, null, null, "甲", TestData.TODAY.minusMonths(4),
                TestData.TODAY.minusDays(2), false, null, null, null, null, null));
        s.leader().assign(new LeaderAssignment(null, ids.get(1), null, leader.id(), null, null, null, "乙", TestData.TODAY,
                TestData.TODAY.plusDays(5), false, null, null, null, null, null));
        s.leader().assign(new LeaderAssignment(null, ids.get(2), null, other.id(), null, null, null, "丙", TestData.TODAY,
                TestData.TODAY.plusDays(3), false, null, null, null, null, null));

        // a clerk sees every leader's late and due matters
        s.settings().setUserName("司法所办事员");
        assertThat(s.leader().work(TestData.ZH)).extracting(WorkItem::kind, WorkItem::days).containsExactlyInAnyOrder(
                tuple(WorkItem.Kind.LEADER_OVERDUE, 2L), tuple(WorkItem.Kind.LEADER_DUE_SOON, 5L), tuple(WorkItem.Kind.LEADER_DUE_SOON, 3L));
        // the leader himself sees only his own
        s.settings().setUserName(leader.name());
        List<WorkItem> mine = s.leader().work(TestData.ZH);
        assertThat(mine).extracting(WorkItem::kind, WorkItem::days).containsExactlyInAnyOrder(
                tuple(WorkItem.Kind.LEADER_OVERDUE, 2L), tuple(WorkItem.Kind.LEADER_DUE_SOON, 5L));
        assertThat(mine).extracting(WorkItem::caseId).containsExactlyInAnyOrder(ids.get(0), ids.get(1));
        assertThat(mine.get(0).caseNumber()).startsWith("（2026）");
    }
}
