package org.mediationledger.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.mediationledger.model.DataFileException;
import org.mediationledger.model.Messages;
import org.mediationledger.model.ValidationException;
import org.mediationledger.service.Opener;
import org.mediationledger.service.Services;
import picocli.CommandLine;

/**
 * The command line: the same services as the window. Bad arguments: one line and exit code 2; invalid data: the
 * field and the reason, exit code 1, nothing saved. With no command, the caller opens the window.
 */
public final class Cli {
    public static final int OK = 0;
    public static final int INVALID_DATA = 1;
    public static final int BAD_ARGUMENTS = 2;

    private final Opener opener;
    private final PrintWriter out;
    private final PrintWriter err;
    private MainCommand root;

    private final Path defaultDatabase;

    public Cli(Opener opener, PrintWriter out, PrintWriter err) {
        this(opener, out, err, null);
    }

    /** @param defaultDatabase the data file when --db is not given (for the commands that do not open it: check, restore) */
    public Cli(Opener opener, PrintWriter out, PrintWriter err, Path defaultDatabase) {
        this.defaultDatabase = defaultDatabase;
        this.opener = opener;
        this.out = out;
        this.err = err;
    }

    /** Runs the command line; returns the exit code. wantsWindow() tells afterwards if no command was given. */
    public int run(String... args) {
        root = new MainCommand(this);
        CommandLine cl = new CommandLine(root);
        commandsFor(args).forEach(cl::addSubcommand);
        cl.registerConverter(java.time.LocalDate.class, Cli::date);
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, a) -> {
            err.println(messages().get("cli.badArguments", ex.getMessage()));
            err.flush();
            return BAD_ARGUMENTS;
        });
        cl.setExecutionExceptionHandler((ex, line, parsed) -> handle(ex));
        JsonHelp.install(cl, Messages.forLanguage(languageIn(args)));
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /**
     * The commands to build for these arguments: the one named, none when no command is named (the window), all of
     * them for the top level's --help and for a word that is no command (picocli then suggests the nearest).
     */
    static List<Class<?>> commandsFor(String... args) {
        String word = null;
        boolean help = false;
        for (int i = 0; i < args.length && word == null; i++) {
            String a = args[i];
            if (MainCommand.OPTIONS_WITH_VALUE.contains(a)) {
                i++;
            } else if (a.equals("--")) {
                return MainCommand.COMMANDS;
            } else if (a.equals("-h") || a.equals("--help")) {
                help = true;
            } else if (!a.startsWith("-")) {
                word = a;
            }
        }
        if (word == null) {
            return help ? MainCommand.COMMANDS : List.of();
        }
        for (Class<?> c : MainCommand.COMMANDS) {
            CommandLine.Command command = c.getAnnotation(CommandLine.Command.class);
            if (command.name().equals(word) || Arrays.asList(command.aliases()).contains(word)) {
                return List.of(c);
            }
        }
        return MainCommand.COMMANDS;
    }

    /** The --lang of the arguments before they are parsed (the help is set up before parsing): zh unless en. */
    private static String languageIn(String... args) {
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--lang=en") || args[i].equals("--lang") && i + 1 < args.length && args[i + 1].equals("en")) {
                return "en";
            }
        }
        return "zh";
    }

    /** A date on the command line: 2026-11-26, from 1949-10-01 to 9999; anything else is one sentence. */
    private static java.time.LocalDate date(String text) {
        try {
            java.time.LocalDate d = java.time.LocalDate.parse(text.strip());
            if (d.isBefore(java.time.LocalDate.of(1949, 10, 1)) || d.getYear() > 9999) {
                throw new CommandLine.TypeConversionException(Messages.forLanguage("zh").get("cli.dateRange", text));
            }
            return d;
        } catch (java.time.format.DateTimeParseException e) {
            throw new CommandLine.TypeConversionException(Messages.forLanguage("zh").get("cli.dateFormat", text));
        }
    }

    public boolean wantsWindow() {
        return root != null && root.openWindow;
    }

    /** The data file named by --db (null: none named, or a server). */
    public Path databasePath() {
        return root.db == null || org.mediationledger.model.ServerAddress.isServer(root.db) ? null : path(root.db);
    }

    /** The server named by --db, if it names one. */
    public java.util.Optional<org.mediationledger.model.ServerAddress> server() {
        return root.db == null ? java.util.Optional.empty() : org.mediationledger.model.ServerAddress.of(root.db);
    }

    private Path path(String text) {
        try {
            return Path.of(text);
        } catch (java.nio.file.InvalidPathException e) {
            throw new UserInputException(messages().get("cli.badPath", text), BAD_ARGUMENTS);
        }
    }

    /** "zh", "en", or null when --lang was not given. */
    public String language() {
        return root.lang == null ? null : root.lang.name();
    }

    Messages messages() {
        return Messages.forLanguage(root == null || root.lang == null ? "zh" : root.lang.name());
    }

    /** The data file named by --db, or the default one. */
    Path file() {
        if (server().isPresent()) {
            throw new UserInputException(messages().get("cli.db.fileOnly"), BAD_ARGUMENTS);
        }
        if (root.db != null) {
            return path(root.db);
        }
        if (defaultDatabase == null) {
            throw new UserInputException(messages().get("cli.badArguments", "--db"), BAD_ARGUMENTS);
        }
        return defaultDatabase;
    }

    /** What opens ledgers here (the county command opens one per township). */
    Opener opener() {
        return opener;
    }

    /** Opens the existing data file (--create allows a new one), logged in when the ledger has accounts. */
    Services open() {
        return loggedIn(opened(root.create));
    }

    /** The ledger --db names: a data file (create: may it be made), or the ledger on a server (the password asked). */
    private Services opened(boolean create) {
        var server = server();
        if (server.isPresent()) {
            return opener.openServer(server.get(), secret("ML_DB_PASSWORD", "cli.db.passwordPrompt", "field.db.password"), messages());
        }
        return opener.open(databasePath(), messages(), create);
    }

    /** Opens another data file (a backup's copy), logged in as --user when it has accounts. */
    Services openLoggedIn(Path file) {
        return loggedIn(opener.open(file, messages(), false));
    }

    /** Opens the existing data file without logging in (recovering a forgotten administrator password). */
    Services openWithoutLogin() {
        return opened(false);
    }

    /** Opens the data file, making a new one when there is none (the demo). */
    Services openOrCreate() {
        return loggedIn(opened(true));
    }

    /**
     * A ledger with accounts is used by logging in: --user NAME, the password from ML_PASSWORD or typed when asked
     * (never on the command line itself, where other users of the PC could read it).
     */
    private Services loggedIn(Services s) {
        if (!s.accounts().enabled()) {
            return s;
        }
        try {
            if (root.user == null || root.user.isBlank()) {
                throw new UserInputException(messages().get("cli.login.needUser"), BAD_ARGUMENTS);
            }
            s.accounts().login(root.user, secret("ML_PASSWORD", "cli.login.prompt", "field.account.password"));
            // an administrator's first login on a ledger whose accounts came before encryption turns it on: the key once
            s.accounts().takeRecoveryKey().ifPresent(k -> printRecoveryKey(k));
            return s;
        } catch (RuntimeException e) {
            s.close();
            throw e;
        }
    }

    /** The recovery key, once, with what to do with it (on the error stream, so that JSON output stays clean). */
    void printRecoveryKey(String key) {
        err.println(messages().get("cli.accounts.recoveryKey", key));
        err.flush();
    }

    /** Where secrets come from: the environment by default (tests give their own). */
    private java.util.function.Function<String, String> environment = System::getenv;

    /** Tests: the environment variables the command line reads passwords from. */
    public void environment(java.util.function.Function<String, String> env) {
        this.environment = env;
    }

    /** A password: from the environment variable, else typed at the console without echo, else one sentence. */
    char[] secret(String variable, String promptKey, String whatKey) {
        String v = environment.apply(variable);
        if (v != null) {
            return v.toCharArray();
        }
        java.io.Console console = System.console();
        char[] typed = console == null ? null : console.readPassword("%s", messages().get(promptKey));
        if (typed == null) {
            throw new UserInputException(messages().get("cli.login.noPassword", messages().get(whatKey), variable), BAD_ARGUMENTS);
        }
        return typed;
    }

    PrintWriter out() {
        return out;
    }

    PrintWriter err() {
        return err;
    }

    private int handle(Exception ex) {
        Messages m = messages();
        if (ex instanceof ValidationException v) {
            v.problems().stream().filter(p -> p.blocking())
                    .forEach(p -> err.println(m.fieldLabel(p.field()) + "：" + m.problem(p)));
            err.println(m.get("cli.nothingSaved"));
            return INVALID_DATA;
        }
        if (ex instanceof org.mediationledger.model.TransitionRefused t) {
            err.println(m.get(t.messageKey(), m.label(t.from()), m.label(t.action())));
            err.println(m.get("cli.nothingSaved"));
            return INVALID_DATA;
        }
        if (ex instanceof org.mediationledger.model.AccessRefused a) {
            err.println(m.access(a));
            err.println(m.get("cli.nothingSaved"));
            return INVALID_DATA;
        }
        if (ex instanceof DataFileException d) {
            err.println(m.get(d.reasonKey(), d.location()));
            return INVALID_DATA;
        }
        if (ex instanceof UserInputException u) {
            err.println(u.getMessage());
            return u.exitCode();
        }
        org.slf4j.LoggerFactory.getLogger(Cli.class).error("command failed", ex);
        err.println(m.get("error.unexpected", ex.getClass().getSimpleName()));
        return INVALID_DATA;
    }
}
