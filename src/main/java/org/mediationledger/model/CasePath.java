package org.mediationledger.model;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The rules of a case's path: which action is allowed in which state and where it leads, the mediation deadline,
 * and the resolution level derived from the attempts.
 *
 *   受理 REGISTERED -attempt-> 调解中 IN_MEDIATION -agree-> 达成协议 -perform-> 履行中 -follow up-> 已回访 -close-> 结案 -archive-> 归档
 *   an attempt that fails leaves the case 调解中 until the next step is recorded: -escalate (up a level)-> 调解中,
 *   -refer out-> 已移送, or -terminate (调解终结)-> FAILED -close-> 结案. Only the termination concludes the case as
 *   unsuccessful; a terminated mediation may still be taken up a level (it is then in mediation again) or referred out.
 *   before an agreement a case can be withdrawn (已撤回) and then closed.
 */
public final class CasePath {
    public static final int DEFAULT_MEDIATION_DAYS = 30;
    private static final Map<CaseAction, Set<CaseStatus>> ALLOWED = new EnumMap<>(CaseAction.class);

    static {
        ALLOWED.put(CaseAction.ATTEMPT, EnumSet.of(CaseStatus.REGISTERED, CaseStatus.IN_MEDIATION));
        ALLOWED.put(CaseAction.ESCALATE, EnumSet.of(CaseStatus.IN_MEDIATION, CaseStatus.FAILED));
        ALLOWED.put(CaseAction.REFER_OUT, EnumSet.of(CaseStatus.REGISTERED, CaseStatus.IN_MEDIATION, CaseStatus.FAILED));
        ALLOWED.put(CaseAction.TERMINATE, EnumSet.of(CaseStatus.IN_MEDIATION));
        // completing the agreement (signatures, seal, judicial confirmation within its 30 days) stays possible once
        // performance or a follow-up visit is recorded: the court may confirm after the parties began to perform
        ALLOWED.put(CaseAction.AGREE, EnumSet.of(CaseStatus.IN_MEDIATION, CaseStatus.AGREEMENT_REACHED, CaseStatus.PERFORMANCE,
                CaseStatus.FOLLOWED_UP));
        ALLOWED.put(CaseAction.PERFORM, EnumSet.of(CaseStatus.AGREEMENT_REACHED, CaseStatus.PERFORMANCE));
        ALLOWED.put(CaseAction.FOLLOW_UP, EnumSet.of(CaseStatus.PERFORMANCE, CaseStatus.FOLLOWED_UP));
        ALLOWED.put(CaseAction.WITHDRAW, EnumSet.of(CaseStatus.REGISTERED, CaseStatus.IN_MEDIATION));
        ALLOWED.put(CaseAction.CLOSE, EnumSet.of(CaseStatus.FOLLOWED_UP, CaseStatus.FAILED, CaseStatus.WITHDRAWN,
                CaseStatus.REFERRED_OUT));
        ALLOWED.put(CaseAction.ARCHIVE, EnumSet.of(CaseStatus.CLOSED));
    }

    private CasePath() {
    }

    public static boolean allowed(CaseStatus from, CaseAction action) {
        return ALLOWED.get(action).contains(from);
    }

    /** Where the action leads; an attempt's result decides where an attempt leads. */
    public static CaseStatus next(CaseStatus from, CaseAction action, AttemptResult result) {
        if (!allowed(from, action)) {
            throw new TransitionRefused(from, action);
        }
        return switch (action) {
            case ATTEMPT -> switch (result == null ? AttemptResult.PARTIAL : result) {
                case SUCCESS -> CaseStatus.AGREEMENT_REACHED;
                case FAILURE, PARTIAL -> CaseStatus.IN_MEDIATION;
            };
            case ESCALATE -> CaseStatus.IN_MEDIATION;
            case REFER_OUT -> CaseStatus.REFERRED_OUT;
            case TERMINATE -> CaseStatus.FAILED;
            case AGREE -> from == CaseStatus.PERFORMANCE || from == CaseStatus.FOLLOWED_UP ? from : CaseStatus.AGREEMENT_REACHED;
            case PERFORM -> CaseStatus.PERFORMANCE;
            case FOLLOW_UP -> CaseStatus.FOLLOWED_UP;
            case WITHDRAW -> CaseStatus.WITHDRAWN;
            case CLOSE -> CaseStatus.CLOSED;
            case ARCHIVE -> CaseStatus.ARCHIVED;
        };
    }

    /** The resolution level is that of the last attempt that succeeded; nobody types it. */
    public static Optional<MediationLevel> resolutionLevel(List<MediationAttempt> attempts) {
        MediationLevel level = null;
        for (MediationAttempt a : attempts) {
            if (a.result() == AttemptResult.SUCCESS) {
                level = a.level();
            }
        }
        return Optional.ofNullable(level);
    }

    /**
     * In mediation with its last attempt failed and nothing recorded after it: the clerk owes the next step (escalate,
     * refer out or end the mediation).
     */
    public static boolean awaitingNextStep(CaseStatus status, List<MediationAttempt> attempts, List<Escalation> escalations) {
        if (status != CaseStatus.IN_MEDIATION || attempts.isEmpty()) {
            return false;
        }
        MediationAttempt last = attempts.get(attempts.size() - 1);
        return last.result() == AttemptResult.FAILURE
                && escalations.stream().noneMatch(e -> !e.date().isBefore(last.date()) && !e.isOut()
                        && e.toLevel() != null && e.toLevel().ordinal() > last.level().ordinal());
    }

    /** Mediation is normally concluded within the set number of days of acceptance, plus any extensions. */
    public static LocalDate mediationDeadline(LocalDate received, int days, List<Extension> extensions) {
        return received.plusDays(days + extensions.stream().mapToInt(Extension::days).sum());
    }

    /** Past the deadline and still being mediated. */
    public static boolean overdue(CaseStatus status, LocalDate deadline, LocalDate today) {
        return (status == CaseStatus.REGISTERED || status == CaseStatus.IN_MEDIATION) && today.isAfter(deadline);
    }
}
