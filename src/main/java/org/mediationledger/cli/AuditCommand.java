package org.mediationledger.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.mediationledger.model.AuditCheck;
import org.mediationledger.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** `audit verify`: the sealed history checked from its first entry to its head. */
@Command(name = "audit", mixinStandardHelpOptions = true, description = "历史记录 / the history of changes",
        subcommands = {AuditCommand.Verify.class})
final class AuditCommand extends GroupCommand {

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"核对历史记录：每一条是否与写入时封存的相同、前后相接、与文件外记下的链首一致；完整返回 0，否则指出第一处并返回 1。",
                "Check the history: each entry as sealed, each following the one before, agreeing with the head kept outside"
                    + " the file; exit 0 when whole, else the first place it breaks and exit 1."})
    static final class Verify extends LedgerCommand {
        @Option(names = "--format", defaultValue = "table", description = "table | json (default: table)")
        DataCommands.Format format;

        @Override
        int run(Cli cli, Services s) {
            AuditCheck c = s.backups().verifyHistory();
            if (format == DataCommands.Format.json) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("whole", c.whole());
                o.put("finding", c.finding().name());
                o.put("entries", c.entries());
                if (c.at() != null) {
                    Map<String, Object> at = new LinkedHashMap<>();
                    at.put("seq", c.at().seq());
                    at.put("at", c.at().at().toString());
                    at.put("table", c.at().tableName());
                    at.put("action", c.at().action());
                    at.put("user", c.at().userName());
                    o.put("entry", at);
                }
                o.put("message", c.sentence(cli.messages()));
                cli.out().print(Json.write(o));
            } else {
                (c.whole() ? cli.out() : cli.err()).println(c.sentence(cli.messages()));
            }
            return c.whole() ? Cli.OK : Cli.INVALID_DATA;
        }
    }
}
