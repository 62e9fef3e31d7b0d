package org.mediationledger.cli;

/** A command that only groups others (units, cases, print …): alone it says which subcommands there are. */
abstract class GroupCommand extends BaseCommand {
    @Override
    public Integer call() {
        throw new UserInputException(cli().messages().get("cli.needSubcommand", spec.qualifiedName(" ").replaceFirst("^\\S+ ", ""),
                String.join(" | ", spec.subcommands().keySet())), Cli.BAD_ARGUMENTS);
    }
}
