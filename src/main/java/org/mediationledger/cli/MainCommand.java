package org.mediationledger.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

@Command(name = "mediation-ledger", mixinStandardHelpOptions = true, version = "Mediation Ledger 0.1",
        description = {"矛盾纠纷调处台账 Mediation Ledger.", "不带命令时打开窗口。 With no command it opens the window."})
final class MainCommand implements Callable<Integer> {
    /**
     * The commands, in the order --help lists them. Not in the annotation: building all of them (about 0.4 s of
     * each start) is needed only for --help, so Cli.run adds only the one named (see Cli.commandsFor).
     */
    static final List<Class<?>> COMMANDS = List.of(DemoCommand.class, CasesCommand.class, ScreeningCommand.class,
            LeaderCommand.class, ReceptionCommand.class, StatsCommand.class, ReportCommand.class,
            CountyCommands.Generate.class, CountyCommands.Benchmark.class, PrintCommand.class,
            DataCommands.Backup.class, DataCommands.Restore.class, DataCommands.Check.class, DataCommands.Settings.class,
            UnitCommands.Units.class, UnitCommands.Grids.class, ReferenceCommands.StaffCommands.class,
            ReferenceCommands.Types.class, ReferenceCommands.Periods.class, SettingsCommands.Settings.class,
            AuditCommand.class, AccountCommands.class, ExchangeCommands.Node.class, ExchangeCommands.Sync.class, MoveCommand.class,
            CountyFiguresCommand.class, ImportCommand.class);

    /** The options of the top level that take a value (the word after them is not a command). */
    static final List<String> OPTIONS_WITH_VALUE = List.of("--db", "--user", "--lang");

    final Cli cli;
    boolean openWindow;

    @Option(names = "--db", paramLabel = "PATH|postgresql://USER@HOST:PORT/DB", scope = ScopeType.INHERIT,
            description = "数据文件，或 PostgreSQL 服务器上的台账（密码取自环境变量 ML_DB_PASSWORD 或在提示时输入）"
                    + " / data file (default: ~/.mediation-ledger/ledger.mv.db), or a ledger on a PostgreSQL server"
                    + " (the password from ML_DB_PASSWORD or typed when asked)")
    String db;

    @Option(names = "--create", scope = ScopeType.INHERIT,
            description = "数据文件不存在时新建 / make a new data file when there is none (otherwise a missing file is an error)")
    boolean create;

    @Option(names = "--user", paramLabel = "NAME", scope = ScopeType.INHERIT,
            description = "登录的账户（台账启用账户后必须）；密码在提示时输入或取自环境变量 ML_PASSWORD / the account to log in as"
                    + " (needed once the ledger has accounts); the password is asked for or taken from ML_PASSWORD")
    String user;

    @Option(names = "--lang", paramLabel = "zh|en", scope = ScopeType.INHERIT,
            description = "界面语言 / language: zh (default) or en")
    Lang lang;

    enum Lang { zh, en }

    MainCommand(Cli cli) {
        this.cli = cli;
    }

    @Override
    public Integer call() {
        openWindow = true;
        return Cli.OK;
    }
}
