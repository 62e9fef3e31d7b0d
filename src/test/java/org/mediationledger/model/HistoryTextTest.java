package org.mediationledger.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A history entry as people read it (the window and `audit list` in a table): labels, not stored names. */
class HistoryTextTest {
    private static final Messages ZH = Messages.forLanguage("zh");

    @Test
    void storedNamesReadAsLabels() {
        AuditEntry e = new AuditEntry(UUID.randomUUID(), LocalDateTime.of(2026, 11, 25, 9, 0), "王所长", "screening_round",
                UUID.randomUUID(), "INSERT", List.of(new FieldChange("kind", "", "ROUTINE")));
        assertThat(HistoryText.what(ZH, e)).isEqualTo("新建排查记录");
        assertThat(HistoryText.changes(ZH, e)).contains("常规排查").doesNotContain("ROUTINE");
        // a name two enums share stays as written rather than guessing (VILLAGE: a unit kind and an account role)
        assertThat(ZH.relabel("VILLAGE")).isEqualTo("VILLAGE");
        assertThat(ZH.relabel("IN_MEDIATION")).isEqualTo(ZH.label(CaseStatus.IN_MEDIATION));
    }
}
