package org.mediationledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;

/** The command line on a fresh data file with the demo township; run() keeps what it printed in out and err. */
abstract class CliFixture {
    @TempDir
    Path dir;
    Path db;
    StringWriter out;
    StringWriter err;

    @BeforeEach
    void demo() {
        db = dir.resolve("ledger.mv.db");
        assertThat(run("demo", "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("载入示例乡镇", "12");
    }

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return new Cli((p, m, create) -> Composition.open(p, m, TestData.CLOCK, create), new PrintWriter(out), new PrintWriter(err)).run(args);
    }
}
