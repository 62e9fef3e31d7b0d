package org.mediationledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CasePathTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 26);

    /** The whole table, written out by hand: for each state, the actions allowed and where they lead. */
    static final Map<CaseStatus, Map<CaseAction, CaseStatus>> EXPECTED = Map.of(
            CaseStatus.REGISTERED, Map.of(CaseAction.ATTEMPT, CaseStatus.IN_MEDIATION, CaseAction.REFER_OUT,
                    CaseStatus.REFERRED_OUT, CaseAction.WITHDRAW, CaseStatus.WITHDRAWN),
            CaseStatus.IN_MEDIATION, Map.of(CaseAction.ATTEMPT, CaseStatus.IN_MEDIATION, CaseAction.ESCALATE,
                    CaseStatus.IN_MEDIATION, CaseAction.REFER_OUT, CaseStatus.REFERRED_OUT, CaseAction.AGREE,
                    CaseStatus.AGREEMENT_REACHED, CaseAction.WITHDRAW, CaseStatus.WITHDRAWN, CaseAction.TERMINATE, CaseStatus.FAILED),
            CaseStatus.FAILED, Map.of(CaseAction.ESCALATE, CaseStatus.IN_MEDIATION, CaseAction.REFER_OUT,
                    CaseStatus.REFERRED_OUT, CaseAction.CLOSE, CaseStatus.CLOSED),
            CaseStatus.AGREEMENT_REACHED, Map.of(CaseAction.AGREE, CaseStatus.AGREEMENT_REACHED, CaseAction.PERFORM,
                    CaseStatus.PERFORMANCE),
            CaseStatus.PERFORMANCE, Map.of(CaseAction.PERFORM, CaseStatus.PERFORMANCE, CaseAction.FOLLOW_UP,
                    CaseStatus.FOLLOWED_UP, CaseAction.AGREE, CaseStatus.PERFORMANCE),
            CaseStatus.FOLLOWED_UP, Map.of(CaseAction.FOLLOW_UP, CaseStatus.FOLLOWED_UP, CaseAction.CLOSE, CaseStatus.CLOSED,
                    CaseAction.AGREE, CaseStatus.FOLLOWED_UP),
            CaseStatus.WITHDRAWN, Map.of(CaseAction.CLOSE, CaseStatus.CLOSED),
            CaseStatus.REFERRED_OUT, Map.of(CaseAction.CLOSE, CaseStatus.CLOSED),
            CaseStatus.CLOSED, Map.of(CaseAction.ARCHIVE, CaseStatus.ARCHIVED),
            CaseStatus.ARCHIVED, Map.of());

    @Test
    void everyAllowedAndEveryRefusedTransition() {
        int allowed = 0;
        int refused = 0;
        for (CaseStatus from : CaseStatus.values()) {
            for (CaseAction action : CaseAction.values()) {
                CaseStatus expected = EXPECTED.get(from).get(action);
                if (expected != null) {
                    assertThat(CasePath.allowed(from, action)).as(from + " " + action).isTrue();
                    AttemptResult partial = AttemptResult.PARTIAL;
                    assertThat(CasePath.next(from, action, partial)).as(from + " " + action).isEqualTo(expected);
                    allowed++;
                } else {
                    assertThat(CasePath.allowed(from, action)).as(from + " " + action).isFalse();
                    assertThatThrownBy(() -> CasePath.next(from, action, null)).as(from + " " + action)
                            .isInstanceOfSatisfying(TransitionRefused.class, e -> {
                                assertThat(e.from()).isEqualTo(from);
                                assertThat(e.action()).isEqualTo(action);
                                String sentence = Messages.forLanguage("zh").get(e.messageKey(),
                                        Messages.forLanguage("zh").label(from), Messages.forLanguage("zh").label(action));
                                assertThat(sentence).doesNotContain("!").contains(Messages.forLanguage("zh").label(action));
                            });
                    refused++;
                }
            }
        }
        assertThat(allowed).isEqualTo(23);
        assertThat(refused).isEqualTo(CaseStatus.values().length * CaseAction.values().length - 23);
    }

    @Test
    void anAttemptLeadsWhereItsResultSays() {
        assertThat(CasePath.next(CaseStatus.REGISTERED, CaseAction.ATTEMPT, AttemptResult.SUCCESS)).isEqualTo(CaseStatus.AGREEMENT_REACHED);
        // a failed attempt does not conclude the case: it stays in mediation until the next step is recorded
        assertThat(CasePath.next(CaseStatus.REGISTERED, CaseAction.ATTEMPT, AttemptResult.FAILURE)).isEqualTo(CaseStatus.IN_MEDIATION);
        assertThat(CasePath.next(CaseStatus.IN_MEDIATION, CaseAction.ATTEMPT, AttemptResult.FAILURE)).isEqualTo(CaseStatus.IN_MEDIATION);
        assertThat(CasePath.next(CaseStatus.IN_MEDIATION, CaseAction.TERMINATE, null)).isEqualTo(CaseStatus.FAILED);
        assertThat(CasePath.next(CaseStatus.IN_MEDIATION, CaseAction.ATTEMPT, AttemptResult.PARTIAL)).isEqualTo(CaseStatus.IN_MEDIATION);
    }

    @Test
    void aFailedLastAttemptAwaitsTheNextStepUntilAnEscalationAboveIt() {
        MediationAttempt failed = attempt(MediationLevel.VILLAGE, AttemptResult.FAILURE);
        assertThat(CasePath.awaitingNextStep(CaseStatus.IN_MEDIATION, List.of(failed), List.of())).isTrue();
        assertThat(CasePath.awaitingNextStep(CaseStatus.IN_MEDIATION, List.of(failed), List.of(new Escalation(null, TODAY,
                MediationLevel.VILLAGE, MediationLevel.TOWNSHIP, null, "村调不成")))).isFalse();
        assertThat(CasePath.awaitingNextStep(CaseStatus.IN_MEDIATION, List.of(failed, attempt(MediationLevel.VILLAGE,
                AttemptResult.PARTIAL)), List.of())).isFalse();
        assertThat(CasePath.awaitingNextStep(CaseStatus.FAILED, List.of(failed), List.of())).isFalse();
    }

    static MediationAttempt attempt(MediationLevel level, AttemptResult r) {
        return new MediationAttempt(null, level, MediationKind.PEOPLES, TODAY, "村委会", List.of(), null, null, null, null, r, null);
    }

    @Test
    void theResolutionLevelIsDerivedFromTheSuccessfulAttempt() {
        assertThat(CasePath.resolutionLevel(List.of())).isEmpty();
        assertThat(CasePath.resolutionLevel(List.of(attempt(MediationLevel.VILLAGE, AttemptResult.FAILURE)))).isEmpty();
        assertThat(CasePath.resolutionLevel(List.of(attempt(MediationLevel.VILLAGE, AttemptResult.FAILURE),
                attempt(MediationLevel.TOWNSHIP, AttemptResult.SUCCESS)))).contains(MediationLevel.TOWNSHIP);
        assertThat(CasePath.resolutionLevel(List.of(attempt(MediationLevel.VILLAGE, AttemptResult.SUCCESS)))).contains(MediationLevel.VILLAGE);
        assertThat(MediationLevel.VILLAGE.up()).isEqualTo(MediationLevel.TOWNSHIP);
        assertThat(MediationLevel.JUDICIAL.up()).isNull();
    }

    static Agreement written(LocalDate reached, LocalDate signed, LocalDate applied) {
        return new Agreement(null, true, reached, "相邻关系", "拆除越界围墙", new BigDecimal("2000"), "一次性支付",
                reached.plusDays(10), signed, signed, signed, applied, null, null);
    }

    @Test
    void judicialConfirmationWithinThirtyDaysOfTakingEffect() {
        LocalDate reached = LocalDate.of(2026, 9, 1);
        LocalDate effective = LocalDate.of(2026, 9, 3);
        Agreement day30 = written(reached, effective, effective.plusDays(30));
        assertThat(day30.effectiveDate()).contains(effective);
        assertThat(day30.confirmationDeadline()).contains(LocalDate.of(2026, 10, 3));
        assertThat(PathValidator.agreement(day30, reached, TODAY)).isEmpty();
        Agreement day31 = written(reached, effective, effective.plusDays(31));
        assertThat(PathValidator.agreement(day31, reached, TODAY)).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("confirmationAppliedDate");
            assertThat(Messages.forLanguage("zh").problem(p)).isEqualTo("司法确认须在协议生效后 30 日内申请，最晚 2026-10-03。");
        });
        assertThat(day30.confirmationDaysLeft(LocalDate.of(2026, 9, 28))).contains(5L);
        assertThat(day30.confirmationDaysLeft(LocalDate.of(2026, 10, 4))).contains(-1L);
    }

    @Test
    void aWrittenAgreementTakesEffectWhenTheLastSignatureOrSealIsThere() {
        LocalDate r = LocalDate.of(2026, 9, 1);
        Agreement unsealed = new Agreement(null, true, r, null, "赔偿", null, null, null, r, r.plusDays(1), null, null, null, null);
        assertThat(unsealed.effectiveDate()).isEmpty();
        assertThat(PathValidator.agreement(new Agreement(null, true, r, null, "赔偿", null, null, null, r, r, null, r.plusDays(2),
                null, null), r, TODAY)).extracting(Problem::messageKey).containsExactly("error.confirmationNotEffective");
        Agreement sealedLast = new Agreement(null, true, r, null, "赔偿", null, null, null, r, r.plusDays(1), r.plusDays(4), null, null, null);
        assertThat(sealedLast.effectiveDate()).contains(r.plusDays(4));
        Agreement oral = new Agreement(null, false, r, null, "当场赔礼道歉", null, null, null, null, null, null, null, null, null);
        assertThat(oral.effectiveDate()).contains(r);
    }

    @Test
    void deadlinesAndExtensions() {
        LocalDate received = LocalDate.of(2026, 10, 20);
        assertThat(CasePath.mediationDeadline(received, 30, List.of())).isEqualTo(LocalDate.of(2026, 11, 19));
        Extension e = new Extension(null, TODAY, 15, "当事人外出务工", true);
        assertThat(CasePath.mediationDeadline(received, 30, List.of(e))).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(CasePath.overdue(CaseStatus.IN_MEDIATION, LocalDate.of(2026, 11, 19), TODAY)).isTrue();
        assertThat(CasePath.overdue(CaseStatus.IN_MEDIATION, LocalDate.of(2026, 11, 26), TODAY)).isFalse();
        assertThat(CasePath.overdue(CaseStatus.AGREEMENT_REACHED, LocalDate.of(2026, 11, 19), TODAY)).isFalse();
        assertThat(PathValidator.extension(new Extension(null, TODAY, 15, "外出", false), TODAY))
                .extracting(Problem::messageKey).containsExactly("error.extensionConsent");
    }

    @Test
    void escalationsGoUpOrOut() {
        assertThat(PathValidator.escalation(new Escalation(null, TODAY, MediationLevel.TOWNSHIP, MediationLevel.VILLAGE, null, "x"),
                TODAY.minusDays(5), TODAY)).extracting(Problem::messageKey).containsExactly("error.escalationNotUp");
        assertThat(PathValidator.escalation(new Escalation(null, TODAY, MediationLevel.TOWNSHIP, null, " ", "x"),
                TODAY.minusDays(5), TODAY)).extracting(Problem::messageKey).containsExactly("error.escalationTarget");
        assertThat(PathValidator.escalation(new Escalation(null, TODAY, MediationLevel.VILLAGE, MediationLevel.TOWNSHIP, null, "村级调解不成"),
                TODAY.minusDays(5), TODAY)).isEmpty();
    }
}
