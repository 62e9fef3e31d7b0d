package org.mediationledger.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The petition deadline chain of the 2022 regulation. */
class ReceptionMatterTest {
    static final LocalDate REGISTERED = LocalDate.of(2026, 1, 20);

    static ReceptionMatter petition(LocalDate accepted, LocalDate routed, LocalDate replied, Integer ext, String reason,
                                    LocalDate review, LocalDate reviewAnswered) {
        return new ReceptionMatter(null, "王某", "13812345678", 3, "承包地被占", MatterHandling.PETITION, null, REGISTERED,
                accepted, routed, replied, ext, reason, review, reviewAnswered, null);
    }

    @Test
    void routeWithinFifteenDaysOfRegistration() {
        ReceptionMatter m = petition(null, null, null, null, null, null, null);
        assertThat(m.routeBy()).isEqualTo(LocalDate.of(2026, 2, 4));
        assertThat(m.lateSteps(LocalDate.of(2026, 2, 4))).isEmpty();
        assertThat(m.lateSteps(LocalDate.of(2026, 2, 5))).extracting(s -> s[0] + " " + s[1])
                .containsExactly("petition.late.route 2026-02-04");
    }

    @Test
    void replyWithinSixtyDaysOfAcceptancePlusOneExtensionOfAtMostThirty() {
        LocalDate accepted = LocalDate.of(2026, 1, 30);
        ReceptionMatter m = petition(accepted, accepted, null, null, null, null, null);
        // 30 Jan + 60 days crosses February of a common year: 31 March
        assertThat(m.replyBy()).contains(LocalDate.of(2026, 3, 31));
        assertThat(m.lateSteps(LocalDate.of(2026, 4, 1))).extracting(s -> s[0]).containsExactly("petition.late.reply");
        ReceptionMatter extended = petition(accepted, accepted, null, 30, "需要多部门会商", null, null);
        assertThat(extended.replyBy()).contains(LocalDate.of(2026, 4, 30));
        assertThat(extended.lateSteps(LocalDate.of(2026, 4, 1))).isEmpty();
        assertThat(extended.check(LocalDate.of(2026, 4, 1))).isEmpty();
        assertThat(petition(accepted, accepted, null, 31, "太长", null, null).check(LocalDate.of(2026, 4, 1)))
                .extracting(Problem::field).containsExactly("extensionDays");
        assertThat(petition(accepted, accepted, null, 10, " ", null, null).check(LocalDate.of(2026, 4, 1)))
                .extracting(Problem::field).containsExactly("extensionReason");
    }

    @Test
    void reviewRequestedWithinThirtyDaysOfTheReplyAndAnsweredWithinThirty() {
        LocalDate accepted = LocalDate.of(2026, 1, 30);
        LocalDate replied = LocalDate.of(2026, 3, 10);
        ReceptionMatter inTime = petition(accepted, accepted, replied, null, null, LocalDate.of(2026, 4, 9), null);
        assertThat(inTime.reviewRequestBy()).contains(LocalDate.of(2026, 4, 9));
        assertThat(inTime.check(LocalDate.of(2026, 5, 1))).isEmpty();
        assertThat(inTime.reviewAnswerBy()).contains(LocalDate.of(2026, 5, 9));
        assertThat(inTime.lateSteps(LocalDate.of(2026, 5, 10))).extracting(s -> s[0]).containsExactly("petition.late.review");
        ReceptionMatter late = petition(accepted, accepted, replied, null, null, LocalDate.of(2026, 4, 10), null);
        assertThat(late.check(LocalDate.of(2026, 5, 1))).extracting(Problem::messageKey).containsExactly("error.reviewLate");
        ReceptionMatter noReply = petition(accepted, accepted, null, null, null, LocalDate.of(2026, 4, 1), null);
        assertThat(noReply.check(LocalDate.of(2026, 5, 1))).extracting(Problem::messageKey).containsExactly("error.reviewWithoutReply");
    }

    @Test
    void onlyPetitionsRunAgainstTheseDeadlines() {
        ReceptionMatter answered = new ReceptionMatter(null, "李某", null, 1, "咨询低保政策", MatterHandling.ANSWERED, "当场解释政策",
                REGISTERED, null, null, null, null, null, null, null, null);
        assertThat(answered.lateSteps(REGISTERED.plusYears(1))).isEmpty();
        assertThat(answered.check(REGISTERED)).isEmpty();
        ReceptionMatter noAnswer = new ReceptionMatter(null, "李某", null, 1, "咨询", MatterHandling.ANSWERED, " ",
                REGISTERED, null, null, null, null, null, null, null, null);
        assertThat(noAnswer.check(REGISTERED)).extracting(Problem::field).containsExactly("answer");
    }
}
