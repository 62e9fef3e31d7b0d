package org.mediationledger.cli;

import java.util.List;
import org.mediationledger.model.Account;
import org.mediationledger.model.AccountRole;
import org.mediationledger.model.Messages;
import org.mediationledger.service.ReferenceData;
import org.mediationledger.service.Services;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * Accounts from the command line. Passwords never on the command line: the one logging in from ML_PASSWORD (or typed),
 * a new or reset one from ML_NEW_PASSWORD (or typed).
 */
@Command(name = "accounts", mixinStandardHelpOptions = true, description = "账户 / accounts",
        subcommands = {AccountCommands.Init.class, AccountCommands.Add.class, AccountCommands.ListAccounts.class,
            AccountCommands.Reset.class, AccountCommands.Passwd.class, AccountCommands.Recover.class, AccountCommands.RecoveryKey.class})
final class AccountCommands extends GroupCommand {

    @Command(name = "init", mixinStandardHelpOptions = true,
            description = {"创建第一个管理员（密码取自 ML_PASSWORD 或提示输入）；从此使用本台账须登录。",
                "Create the first administrator (password from ML_PASSWORD or typed); from then on everyone logs in."})
    static final class Init extends LedgerCommand {
        @Option(names = "--name", required = true, description = "管理员的用户名 / the administrator's name")
        String name;

        @Override
        int run(Cli cli, Services s) {
            Account a = s.accounts().createFirstAdmin(name, cli.secret("ML_PASSWORD", "cli.login.prompt", "field.account.password"));
            cli.out().println(cli.messages().get("cli.accounts.created", a.name()));
            s.accounts().takeRecoveryKey().ifPresent(cli::printRecoveryKey);
            return Cli.OK;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = {"添加账户（管理员）；初始密码取自 ML_NEW_PASSWORD 或提示输入，首次登录须修改。",
                "Add an account (administrators); its first password from ML_NEW_PASSWORD or typed, changed at the first login."})
    static final class Add extends LedgerCommand {
        @Option(names = "--name", required = true, description = "用户名 / name")
        String name;

        @Option(names = "--role", required = true, description = "ADMIN | CLERK | MEDIATOR | LEADER | VILLAGE（或中文）")
        String role;

        @Option(names = "--unit", description = "村（居）用户的村（居） / a village user's village or community")
        String unit;

        @Option(names = "--staff", description = "人员名单中的本人（调解员只能记录分给自己的案件） / the person in the staff list (a mediator then records their own cases)")
        String staff;

        @Override
        int run(Cli cli, Services s) {
            AccountRole r = ReferenceCommands.enumOf(cli, AccountRole.class, role, "--role");
            ReferenceData ref = s.reference().load();
            Account a = s.accounts().add(name, r, unit == null ? null : ReferenceCommands.unit(cli, ref, unit).id(),
                    staff == null ? null : ReferenceCommands.named(cli, ref.activeStaff(), x -> x.name(), staff, "cli.unknownStaff").id(),
                    cli.secret("ML_NEW_PASSWORD", "cli.login.newPrompt", "field.account.password"));
            cli.out().println(cli.messages().get("cli.accounts.added", a.name(), cli.messages().label(a.role())));
            return Cli.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "列出账户（管理员） / list the accounts (administrators)")
    static final class ListAccounts extends LedgerCommand {
        @Option(names = "--format", defaultValue = "table", description = "table | csv | json")
        Format format;

        @Override
        int run(Cli cli, Services s) {
            Messages m = cli.messages();
            List<Account> all = s.accounts().list();
            ReferenceData ref = s.reference().load();
            List<List<String>> body = all.stream().map(a -> List.of(a.name(), format == Format.json ? a.role().name() : m.label(a.role()),
                    a.unitId() == null ? "" : ref.unit(a.unitId()).map(u -> u.name()).orElse(""),
                    a.lockedUntil() == null ? "" : a.lockedUntil().withNano(0).toString())).toList();
            cli.out().print(Output.render(format, List.of(m.fieldLabel("account.name"), m.fieldLabel("account.role"),
                    m.fieldLabel("account.unit"), m.fieldLabel("account.lockedUntil")), body,
                    List.of("name", "role", "unit", "lockedUntil"), "id", all.stream().map(a -> a.id().toString()).toList(),
                    m.get("cli.ref.count", body.size())));
            return Cli.OK;
        }
    }

    @Command(name = "reset", mixinStandardHelpOptions = true,
            description = {"重设某人的密码（管理员），也解除锁定；新密码取自 ML_NEW_PASSWORD 或提示输入，登录时须修改。",
                "Reset someone's password (administrators), which also unlocks it; from ML_NEW_PASSWORD or typed."})
    static final class Reset extends LedgerCommand {
        @Option(names = "--name", required = true, description = "用户名 / name")
        String name;

        @Override
        int run(Cli cli, Services s) {
            s.accounts().resetPassword(name, cli.secret("ML_NEW_PASSWORD", "cli.login.newPrompt", "field.account.password"));
            cli.out().println(cli.messages().get("cli.accounts.reset", name.strip()));
            return Cli.OK;
        }
    }

    @Command(name = "passwd", mixinStandardHelpOptions = true,
            description = {"修改自己的密码：旧密码即登录密码（ML_PASSWORD），新密码取自 ML_NEW_PASSWORD 或提示输入。",
                "Change your own password: the old one is the login's (ML_PASSWORD), the new one from ML_NEW_PASSWORD or typed."})
    static final class Passwd extends LedgerCommand {
        @Override
        int run(Cli cli, Services s) {
            s.accounts().changePassword(cli.secret("ML_PASSWORD", "cli.login.prompt", "field.account.password"),
                    cli.secret("ML_NEW_PASSWORD", "cli.login.newPrompt", "field.account.password"));
            cli.out().println(cli.messages().get("cli.accounts.changed"));
            return Cli.OK;
        }
    }

    @Command(name = "recover", mixinStandardHelpOptions = true,
            description = {"管理员忘了密码：用打印的恢复密钥（ML_RECOVERY_KEY 或提示输入）设新密码（ML_NEW_PASSWORD 或提示输入）。",
                "An administrator forgot the password: the printed recovery key (ML_RECOVERY_KEY or typed) sets a new one (ML_NEW_PASSWORD or typed)."})
    static final class Recover extends LedgerCommand {
        @Option(names = "--name", required = true, description = "管理员的用户名 / the administrator's name")
        String name;

        @Override
        Services open(Cli cli) {
            return cli.openWithoutLogin();
        }

        @Override
        int run(Cli cli, Services s) {
            Account a = s.accounts().recover(name, new String(cli.secret("ML_RECOVERY_KEY", "cli.accounts.recoveryPrompt", "field.dataKey.recovery")),
                    cli.secret("ML_NEW_PASSWORD", "cli.login.newPrompt", "field.account.password"));
            cli.out().println(cli.messages().get("cli.accounts.recovered", a.name()));
            return Cli.OK;
        }
    }

    @Command(name = "recovery-key", mixinStandardHelpOptions = true,
            description = {"换一个新的恢复密钥（管理员；旧的从此无效），打印后与电脑分开保管。",
                "A new recovery key (administrators; the old one stops working): print it and keep it apart from the PC."})
    static final class RecoveryKey extends LedgerCommand {
        @Override
        int run(Cli cli, Services s) {
            cli.printRecoveryKey(s.accounts().newRecoveryKey());
            s.accounts().takeRecoveryKey();
            return Cli.OK;
        }
    }
}
