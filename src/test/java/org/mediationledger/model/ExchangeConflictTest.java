package org.mediationledger.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A conflict on a personal number lists both values masked, like every other list; its field as the labels name it. */
class ExchangeConflictTest {
    private static ExchangeConflict on(String field, String mine, String theirs) {
        return new ExchangeConflict(UUID.randomUUID(), UUID.randomUUID(), "party", UUID.randomUUID(), field, mine, theirs, null, null);
    }

    @Test
    void personalNumbersAreMaskedAndOtherValuesShownAsTheyAre() {
        ExchangeConflict id = on("id_number", "110105198005171234", "110105198005171242");
        assertThat(id.mineMasked()).isEqualTo(Masking.idNumber("110105198005171234")).doesNotContain("19800517");
        assertThat(id.theirsMasked()).doesNotContain("19800517");
        assertThat(on("phone", "13812345678", null).mineMasked()).isEqualTo(Masking.phone("13812345678")).doesNotContain("1234567");
        assertThat(on("phone", "13812345678", null).theirsMasked()).isNull();
        assertThat(on("summary", "宅基地", "邻里").mineMasked()).isEqualTo("宅基地");
        assertThat(on("people_involved", "3", "4").fieldPath()).isEqualTo("peopleInvolved");
    }
}
