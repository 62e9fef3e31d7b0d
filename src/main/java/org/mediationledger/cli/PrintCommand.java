package org.mediationledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.mediationledger.model.MediationCase;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Period;
import org.mediationledger.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "print", mixinStandardHelpOptions = true, description = "打印为 PDF / papers as PDF",
        subcommands = {PrintCommand.CaseSummary.class, PrintCommand.AgreementPaper.class, PrintCommand.CasePaper.class,
            PrintCommand.Ledger.class, PrintCommand.ReportPaper.class, PrintCommand.LeaderSheet.class, PrintCommand.Overdue.class})
final class PrintCommand extends GroupCommand {
    static int write(Cli cli, Services s, Path out, byte[] pdf) {
        try {
            Files.write(out, pdf);
        } catch (java.io.IOException e) {
            throw new UserInputException(cli.messages().get("cli.print.cannotWrite", out), Cli.INVALID_DATA);
        }
        s.history().recordExport("PDF", out);
        cli.out().println(cli.messages().get("cli.print.written", out));
        return Cli.OK;
    }

    /** A paper of one case, named by its number (full, 2026-13 or 13). */
    abstract static class OnCase extends LedgerCommand {
        @Parameters(index = "0", paramLabel = "N", description = "案号，或 2026-13，或当年序号 13 / case number")
        String number;

        @Option(names = "--out", required = true, paramLabel = "f.pdf")
        Path out;

        abstract byte[] paper(Services s, MediationCase c);

        @Override
        int run(Cli cli, Services s) {
            return write(cli, s, out, paper(s, PathCommands.find(s, cli.messages(), number)));
        }
    }

    @Command(name = "case", mixinStandardHelpOptions = true, description = "案件摘要 / case summary")
    static final class CaseSummary extends OnCase {
        @Option(names = "--full", description = "完整打印身份证号码和电话（记入审计日志）/ IDs and phones in full (audited)")
        boolean full;

        @Override
        byte[] paper(Services s, MediationCase c) {
            return s.papers().caseSummary(c.id(), full);
        }
    }

    @Command(name = "agreement", mixinStandardHelpOptions = true,
            description = "人民调解协议书：当事人签署、可申请司法确认，默认完整打印身份证号码（记入审计日志） / mediation agreement: numbers in full by default (audited)")
    static final class AgreementPaper extends OnCase {
        @Option(names = "--full", description = "完整打印（默认） / numbers in full (the default)")
        boolean full;

        @Option(names = "--masked", description = "隐去身份证号码和电话的中间位 / numbers masked")
        boolean masked;

        @Override
        byte[] paper(Services s, MediationCase c) {
            return s.papers().agreement(c.id(), !masked);
        }
    }

    @Command(name = "ledger", mixinStandardHelpOptions = true, description = "排查台账（横向）/ screening ledger, landscape")
    static final class Ledger extends LedgerCommand {
        @Mixin
        Range range;

        @Option(names = "--out", required = true, paramLabel = "f.pdf")
        Path out;

        @Override
        int run(Cli cli, Services s) {
            UUID unit = range.unitId(cli.messages(), s.reference().load());
            return write(cli, s, out, s.papers().ledger(range.from, range.to, unit == null ? null : List.of(unit)));
        }
    }

    @Command(name = "report", mixinStandardHelpOptions = true, description = "月度统计报表 / monthly report")
    static final class ReportPaper extends LedgerCommand {
        @Option(names = "--month", required = true, paramLabel = "2026-10")
        String month;

        @Option(names = "--out", required = true, paramLabel = "f.pdf")
        Path out;

        @Override
        int run(Cli cli, Services s) {
            Messages m = cli.messages();
            Period p;
            try {
                p = Period.month(YearMonth.parse(month.strip()));
            } catch (DateTimeParseException e) {
                throw new UserInputException(m.get("cli.report.badPeriod", month), Cli.BAD_ARGUMENTS);
            }
            return write(cli, s, out, s.papers().report(s.reports().report(p)));
        }
    }

    @Command(name = "paper", mixinStandardHelpOptions = true,
            description = "案件的其他文书：register 受理登记表、record 调解记录、cover 卷宗封面及目录 / other papers of a case")
    static final class CasePaper extends LedgerCommand {
        enum Kind { register, record, cover }

        @Parameters(index = "0", paramLabel = "register|record|cover")
        Kind kind;

        @Parameters(index = "1", paramLabel = "N", description = "案号 / case number")
        String number;

        @Option(names = "--out", required = true, paramLabel = "f.pdf")
        Path out;

        @Option(names = "--full", description = "受理登记表完整打印身份证号码和电话（记入审计日志）/ register: numbers in full (audited)")
        boolean full;

        @Override
        int run(Cli cli, Services s) {
            MediationCase c = PathCommands.find(s, cli.messages(), number);
            return write(cli, s, out, switch (kind) {
                case register -> s.papers().acceptanceRegister(c.id(), full);
                case record -> s.papers().mediationRecord(c.id());
                case cover -> s.papers().fileCover(c.id());
            });
        }
    }

    @Command(name = "leader", mixinStandardHelpOptions = true, description = "领导包案责任书（督办单）/ leader sheet of a case's matter")
    static final class LeaderSheet extends OnCase {
        @Override
        byte[] paper(Services s, MediationCase c) {
            var a = s.leader().board(null).stream().filter(x -> c.id().equals(x.caseId()))
                    .max(java.util.Comparator.comparing((org.mediationledger.model.LeaderAssignment x) -> !x.closed())
                            .thenComparing(org.mediationledger.model.LeaderAssignment::assignedDate))
                    .orElseThrow(() -> new org.mediationledger.model.ValidationException(List.of(
                            org.mediationledger.model.Problem.error("subject", "error.noActiveAssignment"))));
            return s.papers().leaderSheet(a.id());
        }
    }

    @Command(name = "overdue", mixinStandardHelpOptions = true, description = "超期包案清单 / overdue leader matters")
    static final class Overdue extends LedgerCommand {
        @Option(names = "--out", required = true, paramLabel = "f.pdf")
        Path out;

        @Override
        int run(Cli cli, Services s) {
            return write(cli, s, out, s.papers().overdueList());
        }
    }
}
