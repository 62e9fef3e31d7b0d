package org.mediationledger.cli;

import org.mediationledger.model.Messages;
import org.mediationledger.service.Services;
import picocli.CommandLine.Command;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "载入示例乡镇（7 个村、1 个社区、52 个微网格、示例案件） / load the demo township into an empty data file")
final class DemoCommand extends LedgerCommand {
    @Override
    Services open(Cli cli) {
        return cli.openOrCreate();
    }

    @Override
    int run(Cli cli, Services s) {
        Messages m = cli.messages();
        if (!s.demo().isEmpty()) {
            throw new UserInputException(m.get("cli.demo.notEmpty", s.location()), Cli.INVALID_DATA);
        }
        s.demo().load();
        cli.out().println(m.get("cli.demo.loaded", s.location(), s.cases().countAll()));
        return Cli.OK;
    }
}
