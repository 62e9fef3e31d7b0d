package org.mediationledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mediationledger.TestData;
import org.mediationledger.app.Composition;

/** node create | join | list and sync export | import | conflicts | resolve, as a county's script calls them. */
class ExchangeCliTest {
    @TempDir
    Path dir;
    StringWriter out;
    StringWriter err;

    @Test
    void aVillageJoinsAndFilesGoBothWaysFromTheCommandLine() throws Exception {
        String township = dir.resolve("t.mv.db").toString();
        String village = dir.resolve("v.mv.db").toString();
        String setup = dir.resolve("东山村.mlnode").toString();
        assertThat(run("demo", "--db", township)).isZero();
        assertThat(run("node", "create", "--unit", "东山村", "--out", setup, "--db", township)).as(err.toString()).isZero();
        String[] lines = out.toString().strip().split("\\R");
        String code = lines[lines.length - 1].strip();
        assertThat(code).matches("[0-9A-Z]{4}(-[0-9A-Z]{4}){7}");

        assertThat(run("node", "join", "--file", setup, "--db", village, "--create")).as("no code").isEqualTo(Cli.BAD_ARGUMENTS);
        assertThat(run("node", "join", "--file", setup, "--code", "0000-0000-0000-0000-0000-0000-0000-0000", "--db", village, "--create"))
                .as("a wrong code").isEqualTo(Cli.INVALID_DATA);
        assertThat(err.toString()).contains("用这个加入码打不开");
        assertThat(run("node", "join", "--file", setup, "--code", code, "--db", village, "--create")).as(err.toString()).isZero();
        assertThat(out.toString()).contains("东山村");

        assertThat(run("node", "list", "--format", "json", "--db", village)).isZero();
        JsonNode nodes = new ObjectMapper().readTree(out.toString());
        assertThat(nodes).hasSize(2);
        assertThat(nodes.get(0).get("name").asText()).isEqualTo("东山村");
        assertThat(nodes.get(0).get("kind").asText()).isEqualTo("VILLAGE");
        assertThat(nodes.get(1).get("kind").asText()).isEqualTo("TOWNSHIP");

        String up = dir.resolve("up.mlx").toString();
        assertThat(run("sync", "export", "--out", up, "--db", village)).isZero();
        assertThat(run("sync", "import", up, "--format", "json", "--db", township)).as(err.toString()).isZero();
        JsonNode r = new ObjectMapper().readTree(out.toString());
        assertThat(r.get("from").asText()).isEqualTo("东山村");
        assertThat(r.get("alreadyImported").asBoolean()).isFalse();
        for (String key : new String[] {"sequence", "applied", "merged", "conflicts", "skipped"}) {
            assertThat(r.has(key)).as(key).isTrue();
        }
        assertThat(run("sync", "import", up, "--format", "json", "--db", township)).isZero();
        assertThat(new ObjectMapper().readTree(out.toString()).get("alreadyImported").asBoolean()).isTrue();
        assertThat(run("sync", "import", up, "--db", village)).as("its own file back").isEqualTo(Cli.INVALID_DATA);
        assertThat(err.toString()).contains("不能导入这里");

        String down = dir.resolve("down.mlx").toString();
        assertThat(run("sync", "export", "--to", "西河村", "--out", down, "--db", township)).as("not a village ledger").isEqualTo(Cli.INVALID_DATA);
        assertThat(err.toString()).contains("西河村");
        assertThat(run("sync", "export", "--to", "东山村", "--out", down, "--db", township)).isZero();
        assertThat(run("sync", "import", down, "--db", village)).isZero();
        assertThat(run("sync", "conflicts", "--format", "json", "--db", township)).isZero();
        assertThat(new ObjectMapper().readTree(out.toString())).isEmpty();
        assertThat(run("sync", "resolve", "abcdef12", "--keep", "mine", "--db", township)).isEqualTo(Cli.INVALID_DATA);
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return new Cli((p, m, create) -> Composition.open(p, m, TestData.CLOCK, create), new PrintWriter(out),
                new PrintWriter(err)).run(args);
    }
}
