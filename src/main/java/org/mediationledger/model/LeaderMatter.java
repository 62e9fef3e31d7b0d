package org.mediationledger.model;

/** A leader assignment with what it is about as people name it: the case number, or the finding's summary. */
public record LeaderMatter(LeaderAssignment assignment, String caseNumber, String findingSummary) {

    /** "（2026）青山调字第007号", or "排查发现：…" for a finding not (yet) a case. */
    public String subject(Messages m) {
        return caseNumber != null ? caseNumber : m.get("leader.findingSubject", findingSummary == null ? "" : findingSummary);
    }
}
