package org.mediationledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;

/**
 * generate (the county test data behind the README's speed figures) on a small county, so that a new NOT NULL column
 * cannot break it unseen again (unit.established_on did: the command failed on its first insert).
 */
class CountyGenerateCliTest {
    @TempDir
    Path dir;
    StringWriter out;

    @Test
    void aSmallCountyIsGeneratedAndCounted() {
        Path db = dir.resolve("county.mv.db");
        assertThat(run("generate", "--create", "--units", "4", "--years", "1", "--cases", "60", "--db", db.toString()))
                .as(out.toString()).isZero();
        assertThat(run("cases", "list", "--format", "json", "--db", db.toString())).isZero();
        assertThat(out.toString()).contains("\"caseNumber\"");
        assertThat(run("units", "list", "--format", "json", "--db", db.toString())).isZero();
        assertThat(out.toString().split("\"name\"", -1)).hasSize(5);
        assertThat(run("generate", "--units", "4", "--years", "1", "--cases", "60", "--db", db.toString()))
                .as("a second run on a filled file is refused").isEqualTo(Cli.INVALID_DATA);
    }

    private int run(String... args) {
        out = new StringWriter();
        return new Cli((p, m, create) -> Composition.open(p, m, TestData.CLOCK, create), new PrintWriter(out),
                new PrintWriter(out)).run(args);
    }
}
