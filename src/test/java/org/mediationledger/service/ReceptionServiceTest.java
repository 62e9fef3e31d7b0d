package org.mediationledger.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.model.CaseDraft;
import org.mediationledger.model.CaseOrigin;
import org.mediationledger.model.CaseSource;
import org.mediationledger.model.MatterHandling;
import org.mediationledger.model.MediationCase;
import org.mediationledger.model.Problem;
import org.mediationledger.model.ReceptionDay;
import org.mediationledger.model.ReceptionMatter;
import org.mediationledger.model.StaffRole;
import org.mediationledger.model.ValidationException;

/** Petition matters progressed step by step after the day; a visitor's matter opened as a case and linked to it. */
class ReceptionServiceTest {
    static final LocalDate DAY = LocalDate.of(2026, 9, 1);
    @TempDir
    Path dir;
    Services s;
    ReceptionDay day;

    @BeforeEach
    void open() {
        s = TestData.withDemo(dir);
        var leader = s.reference().load().withRole(StaffRole.LEADER).get(0);
        day = s.reception().add(new ReceptionDay(null, DAY, leader.id(), "镇信访接待室", List.of(
                ReceptionMatter.brought("王某", "13812345678", 3, "承包地被占", MatterHandling.PETITION, null, DAY, null),
                ReceptionMatter.brought("赵某", "13912345678", 2, "邻里排水纠纷", MatterHandling.CASE_OPENED, null, DAY, null))));
    }

    @AfterEach
    void close() {
        s.close();
    }

    ReceptionMatter petition() {
        return s.reception().matter(day.matters().get(0).id()).orElseThrow().matter();
    }

    @Test
    void aPetitionIsProgressedAndLeavesTheLateListStepByStep() {
        // registered 1 Sep: not routed by 16 Sep, late on 26 Nov
        assertThat(s.reception().overduePetitions()).singleElement().satisfies(p ->
                assertThat(p.lateSteps()).extracting(x -> x[0]).containsExactly("petition.late.route"));

        s.reception().progress(petition().withProgress(DAY.plusDays(3), DAY.plusDays(10), null, null, null, null, null));
        // accepted 4 Sep: reply due 3 Nov, now late
        assertThat(s.reception().overduePetitions()).singleElement().satisfies(p ->
                assertThat(p.lateSteps()).extracting(x -> x[1]).containsExactly("2026-11-03"));

        // the one extension of at most 30 days, with its reason: due 3 Dec, no longer late
        ReceptionMatter extended = petition().withProgress(DAY.plusDays(3), DAY.plusDays(10), null, 30, "需要林业站勘界", null, null);
        s.reception().progress(extended);
        assertThat(petition().replyBy()).contains(LocalDate.of(2026, 12, 3));
        assertThat(s.reception().overduePetitions()).isEmpty();

        // replied 20 Nov; a review asked on 25 Nov is answered by 25 Dec
        s.reception().progress(petition().withProgress(DAY.plusDays(3), DAY.plusDays(10), LocalDate.of(2026, 11, 20), 30,
                "需要林业站勘界", LocalDate.of(2026, 11, 25), null));
        assertThat(petition().reviewAnswerBy()).contains(LocalDate.of(2026, 12, 25));
        assertThat(s.reception().overduePetitions()).isEmpty();
    }

    @Test
    void brokenStepsAreRefusedAndNothingChanges() {
        ReceptionMatter before = petition();
        // a reply before acceptance, an extension without reason, a review answer without a request
        assertThatThrownBy(() -> s.reception().progress(before.withProgress(DAY.plusDays(5), null, DAY.plusDays(2), 10, " ", null,
                DAY.plusDays(20)))).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                .extracting(Problem::field).contains("repliedDate", "extensionReason", "reviewAnsweredDate"));
        assertThat(petition()).isEqualTo(before);
        // a matter answered on the spot or opened as a case has no petition steps
        ReceptionMatter notPetition = day.matters().get(1);
        assertThatThrownBy(() -> s.reception().progress(notPetition.withProgress(DAY, null, null, null, null, null, null)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey).containsExactly("error.notAPetition"));
    }

    @Test
    void aVisitorsMatterOpensAPrefilledCaseLinkedToIt() {
        ReceptionMatter x = day.matters().get(1);
        CaseDraft draft = s.reception().draftFromMatter(x.id());
        assertThat(draft.source()).isEqualTo(CaseSource.PETITION);
        assertThat(draft.summary()).isEqualTo("邻里排水纠纷");
        assertThat(draft.peopleInvolved()).isEqualTo(2);
        assertThat(draft.parties()).singleElement().satisfies(p -> {
            assertThat(p.name()).isEqualTo("赵某");
            assertThat(p.phone()).isEqualTo("13912345678");
        });
        var ref = s.reference().load();
        CaseDraft completed = new CaseDraft(draft.source(), ref.activeTypes().get(0).id(), ref.units().get(0).id(), null, draft.summary(),
                null, draft.peopleInvolved(), null, org.mediationledger.model.RiskLevel.values()[0], draft.receivedDate(), null,
                List.of(draft.parties().get(0), TestData.party(org.mediationledger.model.PartyRole.RESPONDENT, "钱某")));
        MediationCase c = s.cases().registerFrom(completed, CaseOrigin.receptionMatter(x.id()));
        assertThat(s.reception().matter(x.id()).orElseThrow().matter().caseId()).isEqualTo(c.id());
        // a second case from the same matter is refused, and not saved
        int before = s.cases().countAll();
        assertThatThrownBy(() -> s.cases().registerFrom(completed, CaseOrigin.receptionMatter(x.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.problems())
                        .extracting(Problem::messageKey).containsExactly("error.matterAlreadyCase"));
        assertThat(s.cases().countAll()).isEqualTo(before);
        assertThatThrownBy(() -> s.reception().draftFromMatter(x.id())).isInstanceOf(ValidationException.class);
    }
}
