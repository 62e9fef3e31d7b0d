package org.mediationledger.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IdNumberTest {

    @Test
    void checkDigitOfThePublishedSampleNumber() {
        // GB 11643-1999 appendix example: 11010519491231002X
        assertThat(IdNumber.checkDigit("11010519491231002")).isEqualTo('X');
        assertThat(IdNumber.check("11010519491231002X")).isEqualTo(IdNumber.Verdict.VALID);
        assertThat(IdNumber.check("11010519491231002x")).isEqualTo(IdNumber.Verdict.VALID);
    }

    @ParameterizedTest
    @CsvSource({
        "440524188001010014, VALID",
        "440524188001010015, BAD_CHECK_DIGIT",
        "11010519491231002, BAD_FORMAT",
        "1101051949123100212, BAD_FORMAT",
        "11010519491331002X, BAD_BIRTH_DATE",
        "110105194902300021, BAD_BIRTH_DATE",
        "A10105194912310021, BAD_FORMAT",
        "110105491231002, OLD_15_DIGIT",
        "110105491331002, BAD_BIRTH_DATE"
    })
    void verdicts(String id, IdNumber.Verdict expected) {
        assertThat(IdNumber.check(id)).isEqualTo(expected);
    }

    @Test
    void everyWrongLastCharacterIsCaught() {
        String first17 = "43022119850317123";
        char right = IdNumber.checkDigit(first17);
        for (char c : "0123456789X".toCharArray()) {
            assertThat(IdNumber.check(first17 + c))
                    .isEqualTo(c == right ? IdNumber.Verdict.VALID : IdNumber.Verdict.BAD_CHECK_DIGIT);
        }
    }

    @Test
    void birthDateAndGenderFromTheNumber() {
        assertThat(IdNumber.birthDate("11010519491231002X")).contains(LocalDate.of(1949, 12, 31));
        assertThat(IdNumber.gender("11010519491231002X")).contains(Gender.FEMALE);
        assertThat(IdNumber.gender("440524188001010014")).contains(Gender.MALE);
        assertThat(IdNumber.birthDate("110105491231002")).contains(LocalDate.of(1949, 12, 31));
        assertThat(IdNumber.gender("110105491231002")).contains(Gender.FEMALE);
        assertThat(IdNumber.birthDate("junk")).isEmpty();
    }
}
