package org.mediationledger.cli;

import org.mediationledger.model.Messages;
import org.mediationledger.service.CountyScale;
import org.mediationledger.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `generate` (a county-scale file from a seed) and `benchmark` (the figures timed on it). */
final class CountyCommands {
    private CountyCommands() {
    }

    @Command(name = "generate", mixinStandardHelpOptions = true,
            description = {"生成县级规模的试验数据（同一种子得到同样的数据），只用于试用和性能测试。",
                "Fill an empty data file with a county at scale, reproducibly from a seed (for trials and the benchmark)."})
    static final class Generate extends LedgerCommand {
        @Option(names = "--seed", defaultValue = "42", description = "种子 / seed (default: 42)")
        int seed;

        @Option(names = "--units", defaultValue = "300", description = "村（居）数 / units (default: 300)")
        int units;

        @Option(names = "--years", defaultValue = "10", description = "年数 / years (default: 10)")
        int years;

        @Option(names = "--cases", defaultValue = "250000", description = "案件数 / cases (default: 250000)")
        int cases;

        @Override
        void check(Cli cli) {
            if (units < 1 || years < 1 || cases < 0 || units > 5000 || years > 30) {
                throw new UserInputException(cli.messages().get("cli.generate.bounds"), Cli.BAD_ARGUMENTS);
            }
        }

        @Override
        int run(Cli cli, Services s) {
            Messages m = cli.messages();
            if (s.cases().countAll() > 0 || !s.reference().load().units().isEmpty()) {
                throw new UserInputException(m.get("cli.generate.notEmpty", s.location()), Cli.INVALID_DATA);
            }
            long start = System.nanoTime();
            CountyScale.Size size = s.county().generate(seed, units, years, cases, step -> {
                cli.out().println(m.get("cli.generate.step", step));
                cli.out().flush();
            });
            cli.out().println(m.get("cli.generate.done", size.units(), size.rounds(), size.findings(), size.cases(), size.attempts(),
                    size.agreements(), (System.nanoTime() - start) / 1_000_000_000L));
            return Cli.OK;
        }
    }

    @Command(name = "benchmark", mixinStandardHelpOptions = true,
            description = {"在当前数据文件上计时：工作台统计、年度报表，并与一次普通 GROUP BY 对比（中位数）。",
                "Time the dashboard figures and the yearly report on this data file, beside a plain GROUP BY (medians)."})
    static final class Benchmark extends LedgerCommand {
        @Option(names = "--runs", defaultValue = "7", description = "每项运行次数 / runs of each (default: 7)")
        int runs;

        @Override
        int run(Cli cli, Services s) {
            CountyScale.Result r = s.county().benchmark(Math.max(1, runs));
            cli.out().printf("cases %d, attempts in file: see `generate`; runs %d (after 2 warm-up runs each), median ms:%n",
                    s.cases().countAll(), r.runs());
            cli.out().printf("  dashboard refresh (figures, my work) %8.1f%n", r.dashboardMs());
            cli.out().printf("  yearly report (last year)            %8.1f%n", r.yearlyReportMs());
            cli.out().printf("  baseline: plain GROUP BY, this year  %8.1f%n", r.plainGroupByMs());
            cli.out().printf("  baseline: plain GROUP BY, last year  %8.1f%n", r.plainGroupByYearMs());
            cli.out().printf("  full recount of this year's figures  %8.1f%n", r.recountYearMs());
            cli.out().printf("  case list, first page of 100         %8.1f%n", r.firstPageMs());
            cli.out().printf("  search: a party's name (no match)    %8.1f%n", r.searchNameMs());
            cli.out().printf("  search: a case number                %8.1f%n", r.searchNumberMs());
            cli.out().printf("  search: a word in every case (no index) %5.1f%n", r.searchWordMs());
            cli.out().printf("search index brought up to date first: %d cases in %.1f s%n", r.searchIndexed(), r.searchIndexMs() / 1000);
            return Cli.OK;
        }
    }
}
