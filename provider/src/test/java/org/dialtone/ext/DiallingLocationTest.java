package org.dialtone.ext;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DiallingLocationTest {

    @Test
    void theDefaultIsAFictionalNorthAmericanArea() {
        assertThat(DiallingLocation.DEFAULT).isEqualTo(new DiallingLocation("1", "555", "", "1", "011"));
    }

    @Test
    void eachPartCanBeChangedAlone() {
        DiallingLocation london = DiallingLocation.DEFAULT.withCountryCode("44").withAreaCode("20")
                .withOutsideLinePrefix("9").withLongDistancePrefix("0").withInternationalPrefix("00");

        assertThat(london).isEqualTo(new DiallingLocation("44", "20", "9", "0", "00"));
        assertThat(london.withAreaCode("")).isEqualTo(new DiallingLocation("44", "", "9", "0", "00"));
    }

    @ParameterizedTest(name = "{5}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "''   | 555 | ''  | 1  | 011   | country code '' must have 1 to 3 digits",
            "1234 | 555 | ''  | 1  | 011   | country code '1234' must have 1 to 3 digits",
            "01   | 555 | ''  | 1  | 011   | country code '01' starts with 0",
            "1a   | 555 | ''  | 1  | 011   | country code '1a' must be digits only",
            "1    | 5-5 | ''  | 1  | 011   | area code '5-5' must be digits only",
            "1    | 1234567 | '' | 1 | 011 | area code '1234567' must have at most 6 digits",
            "1    | 555 | 9 9 | 1  | 011   | outside-line prefix '9 9' must be digits only",
            "1    | 555 | 99999 | 1 | 011  | outside-line prefix '99999' must have at most 4 digits",
            "1    | 555 | ''  | +  | 011   | long-distance prefix '+' must be digits only",
            "1    | 555 | ''  | 1  | ''    | international prefix '' must have 1 to 4 digits",
            "1    | 555 | ''  | 00 | 00    | the international and long-distance prefixes are both '00'; a dialled number could not say which it is",
            "null | 555 | ''  | 1  | 011   | country code",
    })
    void everyPartIsChecked(String country, String area, String outside, String longDistance, String international,
            String message) {
        assertThatThrownBy(() -> new DiallingLocation(country, area, outside, longDistance, international))
                .isInstanceOfAny(IllegalArgumentException.class, NullPointerException.class)
                .hasMessage(message);
    }
}
