package org.mediationledger.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import org.mediationledger.model.Messages;
import org.mediationledger.model.Period;
import org.mediationledger.model.Report;
import org.mediationledger.service.ReportService;
import org.mediationledger.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"月度（季度、年度）统计报表：人民调解案件统计表与排查统计表，写成 .xlsx 或 .csv。",
            "The monthly (quarterly, yearly) report — people's-mediation tables and the screening table — as .xlsx or .csv."})
final class ReportCommand extends LedgerCommand {
    @Option(names = "--month", paramLabel = "2026-10", description = "月份 / the month")
    String month;

    @Option(names = "--quarter", paramLabel = "2026-Q3", description = "季度 / the quarter")
    String quarter;

    @Option(names = "--year", paramLabel = "2026", description = "年度 / the year")
    Integer year;

    @Option(names = "--out", required = true, paramLabel = "report.xlsx", description = ".xlsx 或 .csv 文件 / the file to write")
    Path out;

    @Override
    int run(Cli cli, Services s) throws Exception {
        Messages m = cli.messages();
        Period p = period(m);
        Report r = s.reports().report(p);
        if (out.getFileName().toString().toLowerCase().endsWith(".csv")) {
            Files.writeString(out, "\uFEFF" + ReportService.csv(r));
        } else {
            ReportService.writeXlsx(r, out);
        }
        cli.out().println(m.get("cli.report.written", r.title(), out));
        return Cli.OK;
    }

    private Period period(Messages m) {
        int given = (month == null ? 0 : 1) + (quarter == null ? 0 : 1) + (year == null ? 0 : 1);
        if (given != 1) {
            throw new UserInputException(m.get("cli.report.onePeriod"), Cli.BAD_ARGUMENTS);
        }
        try {
            if (month != null) {
                return Period.month(YearMonth.parse(month.strip()));
            }
            if (quarter != null) {
                String[] q = quarter.strip().toUpperCase().split("-Q");
                return Period.quarter(Integer.parseInt(q[0]), Integer.parseInt(q[1]));
            }
            return Period.year(year);
        } catch (DateTimeParseException | NumberFormatException | ArrayIndexOutOfBoundsException e) {
            throw new UserInputException(m.get("cli.report.badPeriod", month != null ? month : quarter), Cli.BAD_ARGUMENTS);
        }
    }
}
