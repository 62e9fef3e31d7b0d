package org.mediationledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.service.Services;

/**
 * The command line on a fresh ledger with the demo township — a data file, or on the server run (TestData.ENGINE) a
 * database on the real PostgreSQL server; db is what --db names. run() keeps what it printed in out and err.
 */
abstract class CliFixture {
    @TempDir
    Path dir;
    /** What --db names: the data file's path, or the server ledger's address. */
    String db;
    StringWriter out;
    StringWriter err;

    @BeforeEach
    void demo() {
        if (TestData.onServer()) {
            // the demo loaded once on the server, each test's ledger a copy (the file run loads it through `demo` below)
            TestData.withDemo(dir).close();
            db = TestData.dbArgument(dir);
            return;
        }
        db = dir.resolve("ledger.mv.db").toString();
        assertThat(run("demo", "--db", db)).isZero();
        assertThat(out.toString()).contains("载入示例乡镇", "12");
    }

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        Cli cli = new Cli(TestData.opener(TestData.CLOCK), new PrintWriter(out), new PrintWriter(err));
        cli.environment(TestData.environment(java.util.Map.of()));
        return cli.run(args);
    }

    /** The fixture's ledger opened directly (to compare what the command line printed with the services' answer). */
    Services ledger() {
        return TestData.reopen(dir, TestData.CLOCK);
    }
}
