package org.mediationledger.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The command line prints in the console's own character set (GBK on a Chinese Windows), UTF-8 into pipes and files. */
class ConsoleOutputTest {
    private static final Charset GBK = Charset.forName("GBK");

    @Test
    void aConsoleGetsItsOwnCharsetAPipeGetsUtf8AndMlEncodingWins() {
        assertThat(ConsoleOutput.choose(null, true, GBK)).isEqualTo(GBK);
        assertThat(ConsoleOutput.choose(null, false, null)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(ConsoleOutput.choose("", true, GBK)).isEqualTo(GBK);
        assertThat(ConsoleOutput.choose("GBK", false, null)).isEqualTo(GBK);
        assertThat(ConsoleOutput.choose("utf-8", true, GBK)).isEqualTo(StandardCharsets.UTF_8);
        assertThat(ConsoleOutput.choose("no-such-charset", true, GBK)).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void theHelpReadsInGbkWhenAskedForAndInUtf8IntoAPipe() throws Exception {
        assertThat(new String(help(null), StandardCharsets.UTF_8)).contains("矛盾纠纷调处台账");
        byte[] gbk = help("GBK");
        assertThat(new String(gbk, GBK)).contains("矛盾纠纷调处台账");
        assertThat(new String(gbk, StandardCharsets.UTF_8)).doesNotContain("矛盾纠纷调处台账");
    }

    private static byte[] help(String encoding) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
                "-cp", System.getProperty("java.class.path"), "org.mediationledger.app.Main", "--help");
        if (encoding != null) {
            pb.environment().put("ML_ENCODING", encoding);
        } else {
            pb.environment().remove("ML_ENCODING");
        }
        Process p = pb.redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).isZero();
        return out;
    }
}
