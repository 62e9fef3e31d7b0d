package org.mediationledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

        LeaderAssignment closed = s.leader().close(late.id(), ClosureOutcome.PETITION_STOPPED, Satisfaction.FAIRLY_SATISFIED, TestData.TODAY);
        assertThat(closed.closedOnTime()).isTrue();
        assertThat(s.leader().dueSoon()).isEmpty();
        assertThatThrownBy(() -> s.leader().supervise(late.id(), new SupervisionEntry(null, TestData.TODAY, clerk.id(), "x", null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey).containsExactly("error.assignmentClosed"));
    }
}
