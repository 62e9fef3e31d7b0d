package org.mediationledger.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/** cases attempt|escalate|terminate|agree|perform|followup|extend|prevention|withdraw|close|archive N, cases path --file, cases show N. */
final class PathCommands {
    private PathCommands() {
    }

    /** N is the case number in full, "2026-13", or just 13 for this year. */
    static MediationCase find(Services s, Messages m, String n) {
        return s.cases().byShortNumber(n).orElseThrow(() -> new UserInputException(m.get("cli.caseNotFound", n), Cli.BAD_ARGUMENTS));
    }

    /** One step for one case: cases attempt N --file x.json (withdraw, close and archive take no file). */
    abstract static class Step extends LedgerCommand implements JsonInput {
        @Parameters(index = "0", paramLabel = "N", description = "案号，或当年序号如 13，或 2026-13 / case number")
        String number;

        @Option(names = "--file", paramLabel = "x.json", description = "JSON 文件（字段见下） / the step as JSON (fields below)")
        Path file;

        /** The step is named by the command itself (cases attempt → "attempt"). */
        String step() {
            return getClass().getAnnotation(Command.class).name();
        }

        PathSteps.Kind kind() {
            return PathSteps.kind(step());
        }

        @Override
        public Class<?> jsonType() {
            return kind().input();
        }

        @Override
        public java.util.Map<String, Class<? extends Enum<?>>> jsonChoices() {
            return kind().choices();
        }

        @Override
        public List<String> jsonRequired() {
            return kind().required();
        }

        @Override
        int run(Cli cli, Services s) {
            Messages m = cli.messages();
            Object json;
            if (kind().input().getRecordComponents().length == 0) {
                json = new PathInputs.NoInput();
            } else {
                if (file == null) {
                    throw new UserInputException(m.get("cli.path.needFile", step()), Cli.BAD_ARGUMENTS);
                }
                List<?> in = Json.read(file, kind().input(), m);
                if (in.size() != 1) {
                    throw new UserInputException(m.get("cli.oneObject", file), Cli.INVALID_DATA);
                }
                json = in.get(0);
            }
            MediationCase c = find(s, m, number);
            Object step = kind().reader().read(new PathInputs(), json, s.reference().load());
            PathState p = kind().recorder().record(s, c.id(), step);
            cli.out().println(m.get("cli.path.done", c.caseNumber(), m.label(p.status())));
            return Cli.OK;
        }
    }

    @Command(name = "attempt", mixinStandardHelpOptions = true, description = "登记一次调解 / record a mediation attempt")
    static final class Attempt extends Step {
    }

    @Command(name = "escalate", mixinStandardHelpOptions = true,
            description = "上报上一级调解（toLevel）或移送（outTo） / move up a level or refer out")
    static final class Escalate extends Step {
    }

    @Command(name = "terminate", mixinStandardHelpOptions = true,
            description = "终结调解（调解不成）：只有这一步使案件计为已办结、未成功 / end the mediation as failed")
    static final class Terminate extends Step {
    }

    @Command(name = "agree", mixinStandardHelpOptions = true, description = "登记或补充调解协议 / record or complete the agreement")
    static final class Agree extends Step {
    }

    @Command(name = "perform", mixinStandardHelpOptions = true, description = "登记履行情况 / record performance")
    static final class Perform extends Step {
    }

    @Command(name = "followup", mixinStandardHelpOptions = true, description = "登记回访 / record a follow-up visit")
    static final class Followup extends Step {
    }

    @Command(name = "extend", mixinStandardHelpOptions = true, description = "延长调解期限 / extend the mediation deadline")
    static final class Extend extends Step {
    }

    @Command(name = "prevention", mixinStandardHelpOptions = true,
            description = "预防情况（各项涉及人数，缺省表示未发生） / prevention counts")
    static final class PreventionStep extends Step {
    }

    @Command(name = "withdraw", mixinStandardHelpOptions = true, description = "撤回（达成协议之前） / withdraw")
    static final class Withdraw extends Step {
    }

    @Command(name = "close", mixinStandardHelpOptions = true, description = "结案 / close the case")
    static final class Close extends Step {
    }

    @Command(name = "archive", mixinStandardHelpOptions = true, description = "归档 / archive the case")
    static final class Archive extends Step {
    }

    /**
     * Many steps for one or many cases from one file, all or nothing: {"case": "2021-13", "step": "attempt", …the
     * step's fields}. Every object is read and its case found first, each problem printed with its place; then the
     * steps run in file order in one transaction (a step may rely on the one before it); the first refusal undoes
     * them all and names the step. Lines are printed only after the commit.
     */
    @Command(name = "path", mixinStandardHelpOptions = true,
            description = "批量登记调解过程（一个文件，多个案件、多个步骤，全部成功或全部不保存） / many path steps from one file, all or nothing",
            footer = {"", "每个对象：{\"case\": \"2021-13\", \"step\": \"attempt\", …该步骤的字段}；step 取值：attempt、escalate、"
                + "terminate、agree、perform、followup、extend、prevention、withdraw、close、archive；各步骤的字段见 cases <step> --help。",
                "Each object: {\"case\": …, \"step\": …, the step's fields}; see cases <step> --help for each step's fields."})
    static final class Batch extends LedgerCommand {
        @Option(names = "--file", required = true, paramLabel = "steps.json", description = "JSON 数组 / a JSON array of steps")
        Path file;

        private record Planned(int n, MediationCase kase, PathSteps.Kind kind, Object step) {
        }

        @Override
        int run(Cli cli, Services s) {
            Messages m = cli.messages();
            var nodes = Json.nodes(file, m);
            ReferenceData ref = s.reference().load();
            PathInputs inputs = new PathInputs();
            List<Planned> plan = new java.util.ArrayList<>();
            List<String> errors = new java.util.ArrayList<>();
            java.util.Map<String, MediationCase> found = new java.util.HashMap<>();
            int n = 0;
            for (var node : nodes) {
                n++;
                String lead = m.get("cli.path.nth", n);
                var caseNode = node.remove("case");
                var stepNode = node.remove("step");
                if (caseNode == null || caseNode.isNull() || caseNode.asText().isBlank()) {
                    errors.add(lead + m.get("cli.path.missing", "case"));
                    continue;
                }
                if (stepNode == null || !stepNode.isTextual() || PathSteps.kind(stepNode.asText()) == null) {
                    errors.add(lead + m.get("cli.path.badStep", stepNode == null ? "" : stepNode.asText(),
                            String.join("、", PathSteps.KINDS.keySet())));
                    continue;
                }
                PathSteps.Kind kind = PathSteps.kind(stepNode.asText());
                String number = caseNode.asText().strip();
                lead = m.get("cli.path.nthOf", n, number, kind.name());
                try {
                    MediationCase c = found.computeIfAbsent(number, x -> find(s, m, x));
                    Object json = Json.convert(file, node, kind.input(), m);
                    plan.add(new Planned(n, c, kind, kind.reader().read(inputs, json, ref)));
                } catch (UserInputException e) {
                    errors.add(lead + e.getMessage());
                } catch (org.mediationledger.model.ValidationException v) {
                    String at = lead;
                    v.problems().forEach(p -> errors.add(at + m.fieldLabel(p.field()) + "：" + m.problem(p)));
                }
            }
            if (!errors.isEmpty()) {
                errors.forEach(cli.err()::println);
                cli.err().println(m.get("cli.nothingSaved"));
                return Cli.INVALID_DATA;
            }
            List<String> done = s.transactions().inOne(() -> plan.stream().map(p -> {
                String lead = m.get("cli.path.nthOf", p.n(), p.kase().caseNumber(), p.kind().name());
                try {
                    PathState after = p.kind().recorder().record(s, p.kase().id(), p.step());
                    return lead + m.get("cli.path.stepDone", m.label(after.status()));
                } catch (org.mediationledger.model.ValidationException v) {
                    throw new UserInputException(lead + String.join("；", v.problems().stream().filter(x -> x.blocking())
                            .map(x -> m.fieldLabel(x.field()) + "：" + m.problem(x)).toList()) + System.lineSeparator()
                            + m.get("cli.nothingSaved"), Cli.INVALID_DATA);
                } catch (org.mediationledger.model.TransitionRefused t) {
                    throw new UserInputException(lead + m.get(t.messageKey(), m.label(t.from()), m.label(t.action()))
                            + System.lineSeparator() + m.get("cli.nothingSaved"), Cli.INVALID_DATA);
                }
            }).toList());
            done.forEach(cli.out()::println);
            cli.out().println(m.get("cli.path.batchDone", done.size(),
                    plan.stream().map(p -> p.kase().id()).distinct().count()));
            return Cli.OK;
        }
    }

    @Command(name = "show", mixinStandardHelpOptions = true, description = "案件及其调解全过程 / a case with its whole path")
    static final class Show extends LedgerCommand {
        @Parameters(index = "0", paramLabel = "N", description = "案号，或当年序号如 13 / case number")
        String number;

        @Option(names = "--format", defaultValue = "table", description = "table | json (default: table)")
        CasesCommand.Format format;

        @Override
        int run(Cli cli, Services s) {
            Messages m = cli.messages();
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
            return Cli.OK;
        }
    }
}
