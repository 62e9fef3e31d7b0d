package org.mediationledger.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DraftsTest {
    @TempDir
    Path dir;

    @Test
    void aDraftIsKeptWholeReadBackAndAnUnreadableOneIsSetAside() throws Exception {
        Drafts d = new Drafts(dir.resolve("ledger.mv.db"));
        assertThat(d.load("new-case")).isEmpty();
        d.save("new-case", Map.of("summary", "邻里纠纷", "parties", List.of(Map.of("name", "甲"))));
        assertThat(d.load("new-case")).get().satisfies(m -> {
            assertThat(m.get("summary")).isEqualTo("邻里纠纷");
            assertThat(m.get("parties")).asList().hasSize(1);
        });
        // no half-written file is ever left in the draft's place
        try (var files = Files.list(dir.resolve("drafts"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("ledger-new-case.json");
        }
        // a draft cut short (a power cut while another program wrote it) is set aside, not a failure
        Files.writeString(dir.resolve("drafts/ledger-new-case.json"), "{\"summary\": \"邻");
        assertThat(d.load("new-case")).isEmpty();
        assertThat(dir.resolve("drafts/ledger-new-case.json.unreadable")).exists();
        d.save("new-case", Map.of("summary", "x"));
        d.delete("new-case");
        assertThat(d.load("new-case")).isEmpty();
    }
}
