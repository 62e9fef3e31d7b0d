package org.mediationledger.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SmallRulesTest {

    @Test
    void caseNumbersHaveTheOfficialFormAndAtLeastThreeDigits() {
        assertThat(CaseNumber.format(2021, "xx镇", 15)).isEqualTo("（2021）xx镇人调字第015号");
        assertThat(CaseNumber.format(2026, "青山镇", 1)).isEqualTo("（2026）青山镇人调字第001号");
        assertThat(CaseNumber.format(2026, "青山镇", 1234)).isEqualTo("（2026）青山镇人调字第1234号");
        assertThatThrownBy(() -> CaseNumber.format(2026, "青山镇", 0)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "19912345678", "+8613812345678", "0731-82345678", "073182345678",
        "010-62345678", "82345678", "0731-82345678-123", "138 1234 5678"})
    void phoneNumbersAccepted(String phone) {
        assertThat(PhoneNumber.isValid(phone)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"12812345678", "1381234567", "138123456789", "abc", "0731-123", "", "0000000"})
    void phoneNumbersRefused(String phone) {
        assertThat(PhoneNumber.isValid(phone)).isFalse();
    }

    @Test
    void historyValuesWrittenInOneLanguageReadInTheOther() {
        Messages en = Messages.forLanguage("en");
        Messages zh = Messages.forLanguage("zh");
        assertThat(en.relabel(zh.label(CaseStatus.IN_MEDIATION))).isEqualTo(en.label(CaseStatus.IN_MEDIATION));
        assertThat(en.relabel(zh.label(RiskLevel.RED))).isEqualTo(en.label(RiskLevel.RED));
        assertThat(zh.relabel(en.label(CaseStatus.IN_MEDIATION))).isEqualTo("调解中");
        // an attempt is written as "level result"
        assertThat(en.relabel(zh.label(MediationLevel.VILLAGE) + " " + zh.label(AttemptResult.SUCCESS)))
                .isEqualTo(en.label(MediationLevel.VILLAGE) + " " + en.label(AttemptResult.SUCCESS));
        assertThat(en.relabel("张三 李四")).isEqualTo("张三 李四");
        assertThat(en.relabel("")).isEmpty();
    }

    @Test
    void daysInWordsAsALegalPaperWritesThem() {
        Messages zh = Messages.forLanguage("zh");
        Messages en = Messages.forLanguage("en");
        assertThat(zh.numberInWords(30)).isEqualTo("三十");
        assertThat(zh.numberInWords(15)).isEqualTo("十五");
        assertThat(zh.numberInWords(7)).isEqualTo("七");
        assertThat(zh.numberInWords(45)).isEqualTo("四十五");
        assertThat(en.numberInWords(30)).isEqualTo("thirty");
        assertThat(en.numberInWords(21)).isEqualTo("twenty-one");
        assertThat(zh.numberInWords(120)).isEqualTo("120");
        // the agreement's sentence comes from Agreement's rule
        assertThat(zh.get("paper.effect", zh.numberInWords(Agreement.CONFIRMATION_DAYS))).contains("三十日内");
    }

    @Test
    void maskingKeepsTheEndsOnly() {
        assertThat(Masking.idNumber("11010519491231002X")).isEqualTo("110105********002X");
        assertThat(Masking.phone("13812345678")).isEqualTo("138****5678");
        assertThat(Masking.phone("123")).isEqualTo("***");
        assertThat(Masking.idNumber(null)).isEmpty();
    }

    @Test
    void openStatuses() {
        assertThat(CaseStatus.REGISTERED.isOpen()).isTrue();
        assertThat(CaseStatus.IN_MEDIATION.isOpen()).isTrue();
        assertThat(CaseStatus.CLOSED.isOpen()).isFalse();
        assertThat(CaseStatus.ARCHIVED.isOpen()).isFalse();
    }

    @Test
    void messagesAreChineseByDefaultAndEnglishOnRequest() {
        assertThat(Messages.forLanguage("zh").label(RiskLevel.RED)).isEqualTo("红色");
        assertThat(Messages.forLanguage("en").label(RiskLevel.RED)).isEqualTo("Red");
        assertThat(Messages.forLanguage("zh").fieldLabel("parties[1].idNumber")).isEqualTo("当事人2 · 身份证号码");
        assertThat(Messages.forLanguage("en").get("cases.title")).isEqualTo("People's mediation cases");
        assertThat(Messages.forLanguage("zh").get("money.yuan", new java.math.BigDecimal("12000.5"))).isEqualTo("12,000.50 元");
    }
}
