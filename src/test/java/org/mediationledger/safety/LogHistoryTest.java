package org.mediationledger.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The log keeps its history: a second run appends to ledger.log instead of emptying it (the program's own set-up, app/LogSetup). */
class LogHistoryTest {
    @TempDir
    Path dir;

    @Test
    void eachRunAppendsToTheLog() throws Exception {
        Path notALedger = dir.resolve("picture.mv.db");
        Files.copy(Path.of("docs/dashboard.png"), notALedger);
        for (int run = 0; run < 2; run++) {
            Process p = new ProcessBuilder(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                    "-cp", System.getProperty("java.class.path"), "-Dmediation.ledger.productLog=true",
                    "-Dledger.log.dir=" + dir, "org.mediationledger.app.Main", "cases", "list", "--db", notALedger.toString())
                    .redirectErrorStream(true).redirectOutput(dir.resolve("out" + run + ".txt").toFile()).start();
            assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).isEqualTo(1);
            assertThat(Files.readString(dir.resolve("out" + run + ".txt"))).contains("已损坏").doesNotContain("Exception");
        }
        String log = Files.readString(dir.resolve("ledger.log"));
        assertThat(log.split("does not start with an H2 header", -1)).as(log).hasSize(3);
    }
}
