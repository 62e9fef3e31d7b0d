package org.mediationledger.cli;

import java.util.concurrent.Callable;
import org.mediationledger.model.Messages;
import org.mediationledger.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParentCommand;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "载入示例乡镇（7 个村、1 个社区、52 个微网格、示例案件） / load the demo township into an empty data file")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    MainCommand parent;

    @Override
    public Integer call() {
        Messages m = parent.cli.messages();
        try (Services s = parent.cli.openOrCreate()) {
            if (!s.demo().isEmpty()) {
                throw new UserInputException(m.get("cli.demo.notEmpty", s.databaseFile()), Cli.INVALID_DATA);
            }
            s.demo().load();
            parent.cli.out().println(m.get("cli.demo.loaded", s.databaseFile(), s.cases().countAll()));
        }
        return Cli.OK;
    }
}
