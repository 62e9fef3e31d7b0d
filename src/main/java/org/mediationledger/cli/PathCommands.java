package org.mediationledger.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.mediationledger.model.Agreement;
import org.mediationledger.model.MediationCase;
import org.mediationledger.model.Messages;
import org.mediationledger.model.PathState;
import org.mediationledger.model.TimelineEntry;
import org.mediationledger.service.PathInputs;
import org.mediationledger.service.ReferenceData;
import org.mediationledger.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** cases attempt|escalate|agree|perform|followup N --file x.json, and cases show N. */
final class PathCommands {
    private PathCommands() {
    }

    /** N is the case number in full, "2026-13", or just 13 for this year. */
    static MediationCase find(Services s, Messages m, String n) {
        return s.cases().byShortNumber(n).orElseThrow(() -> new UserInputException(m.get("cli.caseNotFound", n), Cli.BAD_ARGUMENTS));
    }

    abstract static class Step implements Callable<Integer> {
        @ParentCommand
        CasesCommand cases;

        @Parameters(index = "0", paramLabel = "N", description = "案号，或当年序号如 13，或 2026-13 / case number")
        String number;

        @Option(names = "--file", required = true, paramLabel = "x.json", description = "JSON 文件 / the step as JSON")
        Path file;

        abstract PathState apply(Services s, MediationCase c, ReferenceData ref);

        @Override
        public Integer call() {
            Cli cli = cases.parent.cli;
            Messages m = cli.messages();
            try (Services s = cli.open()) {
                MediationCase c = find(s, m, number);
                PathState p = apply(s, c, s.reference().load());
                cli.out().println(m.get("cli.path.done", c.caseNumber(), m.label(p.status())));
            }
            return Cli.OK;
        }

        <T> T read(Class<T> type) {
            List<T> in = Json.read(file, type, cases.parent.cli.messages());
            if (in.size() != 1) {
                throw new UserInputException(cases.parent.cli.messages().get("cli.oneObject", file), Cli.INVALID_DATA);
            }
            return in.get(0);
        }
    }

    @Command(name = "attempt", mixinStandardHelpOptions = true, description = "登记一次调解 / record a mediation attempt")
    static final class Attempt extends Step {
        @Override
        PathState apply(Services s, MediationCase c, ReferenceData ref) {
            return s.path().attempt(c.id(), new PathInputs().attempt(read(PathInputs.AttemptInput.class), ref));
        }
    }

    @Command(name = "escalate", mixinStandardHelpOptions = true,
            description = "上报上一级调解（toLevel）或移送（outTo） / move up a level or refer out")
    static final class Escalate extends Step {
        @Override
        PathState apply(Services s, MediationCase c, ReferenceData ref) {
            return s.path().escalate(c.id(), new PathInputs().escalation(read(PathInputs.EscalationInput.class)));
        }
    }

    @Command(name = "agree", mixinStandardHelpOptions = true, description = "登记或补充调解协议 / record or complete the agreement")
    static final class Agree extends Step {
        @Override
        PathState apply(Services s, MediationCase c, ReferenceData ref) {
            return s.path().agree(c.id(), new PathInputs().agreement(read(PathInputs.AgreementInput.class)));
        }
    }

    @Command(name = "perform", mixinStandardHelpOptions = true, description = "登记履行情况 / record performance")
    static final class Perform extends Step {
        @Override
        PathState apply(Services s, MediationCase c, ReferenceData ref) {
            return s.path().perform(c.id(), new PathInputs().performance(read(PathInputs.PerformanceInput.class)));
        }
    }

    @Command(name = "followup", mixinStandardHelpOptions = true, description = "登记回访 / record a follow-up visit")
    static final class Followup extends Step {
        @Override
        PathState apply(Services s, MediationCase c, ReferenceData ref) {
            return s.path().followUp(c.id(), new PathInputs().followUp(read(PathInputs.FollowUpInput.class), ref));
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "案件及其调解全过程 / a case with its whole path")
    static final class Show implements Callable<Integer> {
        @ParentCommand
        CasesCommand cases;

        @Parameters(index = "0", paramLabel = "N", description = "案号，或当年序号如 13 / case number")
        String number;

        @Option(names = "--format", defaultValue = "table", description = "table | json (default: table)")
        CasesCommand.Format format;

        @Override
        public Integer call() {
            Cli cli = cases.parent.cli;
            Messages m = cli.messages();
            try (Services s = cli.open()) {
                MediationCase c = find(s, m, number);
                PathState p = s.path().path(c.id());
                List<TimelineEntry> timeline = s.path().timeline(p);
                LocalDate today = s.path().today();
                if (format == CasesCommand.Format.json) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("caseNumber", c.caseNumber());
                    o.put("status", p.status().name());
                    o.put("currentLevel", p.currentLevel() == null ? null : p.currentLevel().name());
                    o.put("resolutionLevel", p.resolutionLevel().map(Enum::name).orElse(null));
                    o.put("deadline", p.deadline(s.path().mediationDays()).toString());
                    o.put("overdue", p.overdue(s.path().mediationDays(), today));
                    o.put("referredTo", p.referredTo());
                    Agreement a = p.agreement();
                    if (a != null) {
                        Map<String, Object> ag = new LinkedHashMap<>();
                        ag.put("written", a.written());
                        ag.put("reachedDate", a.reachedDate().toString());
                        ag.put("terms", a.terms());
                        ag.put("amount", a.amount());
                        ag.put("effectiveDate", a.effectiveDate().map(LocalDate::toString).orElse(null));
                        ag.put("confirmationDeadline", a.confirmationDeadline().map(LocalDate::toString).orElse(null));
                        ag.put("confirmationAppliedDate", a.confirmationAppliedDate() == null ? null : a.confirmationAppliedDate().toString());
                        o.put("agreement", ag);
                    }
                    o.put("path", timeline.stream().map(t -> {
                        Map<String, Object> e = new LinkedHashMap<>();
                        e.put("date", t.date().toString());
                        e.put("kind", t.kind());
                        e.put("title", t.title());
                        e.put("detail", t.detail());
                        return e;
                    }).toList());
                    cli.out().print(Json.write(o));
                } else {
                    cli.out().println(c.caseNumber() + "  " + m.label(p.status()));
                    cli.out().print(Table.render(List.of(m.get("col.date"), m.get("col.step"), m.get("col.detail")),
                            timeline.stream().map(t -> List.of(t.date().toString(), t.title(), t.detail())).toList()));
                }
            }
            return Cli.OK;
        }
    }
}
