package org.mediationledger.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.mediationledger.model.Messages;
import org.mediationledger.model.ServerAddress;
import org.mediationledger.model.TableCopy;
import org.mediationledger.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * migrate-to postgresql://user@host:5432/ledger (issue 18): the ledger of --db copied whole into an empty database on
 * a PostgreSQL server in one transaction, then each table's rows and checksum printed for both sides.
 */
@Command(name = "migrate-to", mixinStandardHelpOptions = true,
        description = {"把台账整体搬到 PostgreSQL 服务器上一个空的数据库（一个事务；逐表核对行数和校验和）；目标已有数据时拒绝。"
                + "目标数据库的密码取自 ML_DB_PASSWORD 或在提示时输入。",
            "Move the ledger whole into an empty database on a PostgreSQL server (one transaction; rows and a checksum "
                + "compared per table); a target holding data is refused. The target's password from ML_DB_PASSWORD or typed."})
final class MoveCommand extends LedgerCommand {
    @Parameters(index = "0", paramLabel = "postgresql://USER@HOST:PORT/DB", description = "目标数据库 / the target database")
    String target;

    @Option(names = "--format", defaultValue = "table", description = "table | json (default: table)")
    Format format;

    private ServerAddress address;

    @Override
    void check(Cli cli) {
        address = ServerAddress.parse(target);
    }

    @Override
    int run(Cli cli, Services s) {
        Messages m = cli.messages();
        List<TableCopy> copied = s.backups().copyToServer(address,
                new String(cli.secret("ML_DB_PASSWORD", "cli.db.passwordPrompt", "field.db.password")));
        long rows = copied.stream().mapToLong(TableCopy::targetRows).sum();
        if (format == Format.json) {
            cli.out().print(Json.write(Map.of("target", address.toString(), "rows", rows, "tables", copied.stream().map(c -> {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("table", c.table());
                o.put("sourceRows", c.sourceRows());
                o.put("targetRows", c.targetRows());
                o.put("sourceChecksum", c.sourceChecksum());
                o.put("targetChecksum", c.targetChecksum());
                o.put("same", c.same());
                return o;
            }).toList())));
        } else {
            cli.out().print(Table.render(List.of("table", "rows", "checksum", "same"), copied.stream().map(c -> List.of(c.table(),
                    c.sourceRows() + " → " + c.targetRows(), c.targetChecksum().substring(0, 16),
                    c.same() ? "✓" : "✗")).toList()));
            cli.out().println(m.get("cli.moveTo.done", s.location(), address, copied.size(), rows));
        }
        return Cli.OK;
    }
}
