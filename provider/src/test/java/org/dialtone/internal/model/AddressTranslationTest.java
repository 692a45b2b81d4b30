package org.dialtone.internal.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.telephony.InvalidArgumentException;
import org.dialtone.ext.AddressTranslation;
import org.dialtone.ext.DiallingLocation;
import org.dialtone.ext.Extension;
import org.dialtone.sim.SwitchPlan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Canonical numbers to dialable strings and back: the arithmetic for several dialling locations,
 * and the provider answering for its switch's location.
 */
class AddressTranslationTest {
    /** A London office whose PBX needs 9 for an outside line. */
    private static final DiallingLocation LONDON = new DiallingLocation("44", "20", "9", "0", "00");
    /** A country without area codes or trunk prefix, dialling straight out. */
    private static final DiallingLocation FLAT = new DiallingLocation("45", "", "", "", "00");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "+1 (555) 5550100,      5550100",
            "+1 (555) 555-0100,     5550100",
            "  +1 (555) 555.0100 ,  5550100",
            "+1 (212) 555 0100,     12125550100",
            "+1 2125550100,         12125550100",
            "+12125550100,          12125550100",
            "+44 (20) 7946 0000,    011442079460000",
            "+442079460000,         011442079460000",
            "+353 (1) 5550100,      01135315550100",
    })
    void fromTheDefaultLocation(String canonical, String dialable) throws Exception {
        assertThat(AddressTranslator.toDialable(DiallingLocation.DEFAULT, canonical)).isEqualTo(dialable);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "+44 (20) 7946 0000,  979460000",
            "+44 (161) 496 0000,  901614960000",
            "+1 (212) 555-0100,   90012125550100",
            "+45 3312 3456,       900453312 3456",
    })
    void fromLondonBehindAPbx(String canonical, String dialable) throws Exception {
        assertThat(AddressTranslator.toDialable(LONDON, canonical)).isEqualTo(dialable.replace(" ", ""));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "5550100,          +1 (555) 5550100",
            "555-0100,         +1 (555) 5550100",
            "12125550100,      +1 (212) 5550100",
            "1 212 555 0100,   +1 (212) 5550100",
            "011442079460000,  +44 2079460000",
            "01135315550100,   +353 15550100",
            "0117495123,       +7 495123",
    })
    void backToCanonicalFromTheDefaultLocation(String dialable, String canonical) throws Exception {
        assertThat(AddressTranslator.toCanonical(DiallingLocation.DEFAULT, dialable)).isEqualTo(canonical);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "979460000,        +44 (20) 79460000",
            "901614960000,     +44 (16) 14960000",
            "90012125550100,   +1 2125550100",
            "91,               +44 (20) 1",
    })
    void backToCanonicalFromLondon(String dialable, String canonical) throws Exception {
        assertThat(AddressTranslator.toCanonical(LONDON, dialable)).isEqualTo(canonical);
    }

    @Test
    void aCountryWithoutAreaCodesDialsNationalNumbersAsTheyAre() throws Exception {
        assertThat(AddressTranslator.toDialable(FLAT, "+45 3312 3456")).isEqualTo("33123456");
        assertThat(AddressTranslator.toCanonical(FLAT, "33123456")).isEqualTo("+45 33123456");
        assertThat(AddressTranslator.toDialable(FLAT, "+46 (8) 123456")).isEqualTo("00468123456");
        assertThat(AddressTranslator.toCanonical(FLAT, "00468123456")).isEqualTo("+46 8123456");
    }

    @Test
    void aNumberGoesThereAndBackUnchanged() throws Exception {
        for (String dialable : new String[] {"5550100", "12125550100", "011442079460000"}) {
            String canonical = AddressTranslator.toCanonical(DiallingLocation.DEFAULT, dialable);
            assertThat(AddressTranslator.toDialable(DiallingLocation.DEFAULT, canonical)).isEqualTo(dialable);
        }
        for (String dialable : new String[] {"979460000", "901614960000", "90012125550100"}) {
            String canonical = AddressTranslator.toCanonical(LONDON, dialable);
            assertThat(AddressTranslator.toDialable(LONDON, canonical)).isEqualTo(dialable);
        }
    }

    @ParameterizedTest(name = "[{0}]: {1}")
    @CsvSource(delimiter = '|', value = {
            "5550100             | is not a canonical number: write +CC (AC) NUMBER",
            "1 (555) 5550100     | is not a canonical number",
            "+1 (555)            | is not a canonical number",
            "+1 (5a5) 5550100    | is not a canonical number",
            "+1 (555) 555-01x0   | is not a canonical number",
            "+1 (555) 5550100-   | is not a canonical number",
            "+1234 5550100       | is not a canonical number",
            "+0 (20) 5550100     | has country code 0, which starts with 0",
            "+1                  | is not a canonical number",
            "+44 (20) 79460000123456 | has 18 digits with its country code; a telephone number has at most 15",
    })
    void malformedCanonicalNumbersAreRefused(String canonical, String message) {
        assertThatThrownBy(() -> AddressTranslator.toDialable(DiallingLocation.DEFAULT, canonical))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("'" + canonical + "' " + message);
    }

    @ParameterizedTest(name = "[{0}]: {1}")
    @CsvSource(delimiter = '|', value = {
            "             | is not a dialable number: it must be digits",
            "555x0100     | is not a dialable number",
            "+15550100    | is not a dialable number",
            "011          | ends after the international prefix 011",
            "0114         | ends after the country code 4",
            "0110123      | has 0 after the international prefix 011",
            "1            | ends after the long-distance prefix 1",
            "0114412345678901234 | has 16 digits with its country code",
    })
    void malformedDialableStringsAreRefused(String dialable, String message) {
        String input = dialable == null ? "" : dialable;
        assertThatThrownBy(() -> AddressTranslator.toCanonical(DiallingLocation.DEFAULT, input))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessageContaining("'" + input + "' " + message);
    }

    @Test
    void aDialableStringMustTakeTheOutsideLineWhenTheSwitchNeedsOne() {
        assertThatThrownBy(() -> AddressTranslator.toCanonical(LONDON, "79460000"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("'79460000' does not start with the outside-line prefix 9, so it does not leave the switch");
        assertThatThrownBy(() -> AddressTranslator.toCanonical(LONDON, "9"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("'9' has nothing after the outside-line prefix 9");
        assertThatThrownBy(() -> AddressTranslator.toCanonical(LONDON, "90"))
                .isInstanceOf(InvalidArgumentException.class)
                .hasMessage("'90' ends after the long-distance prefix 0");
    }

    @Test
    void nullIsRefused() {
        assertThatThrownBy(() -> AddressTranslator.toDialable(DiallingLocation.DEFAULT, null))
                .isInstanceOf(InvalidArgumentException.class).hasMessage("the canonical number is null");
        assertThatThrownBy(() -> AddressTranslator.toCanonical(DiallingLocation.DEFAULT, null))
                .isInstanceOf(InvalidArgumentException.class).hasMessage("the dialable string is null");
    }

    // ---- the provider, for its switch's location ------------------------------------------------

    @Test
    void theProviderTranslatesForTheLocationItsSwitchDescriptionSets() throws Exception {
        SwitchPlan plan = SwitchPlan.builder().address("2001").terminal("2001", "2001").diallingLocation(LONDON).build();
        try (SimLab lab = new SimLab(plan)) {
            AddressTranslation translation = lab.provider;

            assertThat(translation.getDiallingLocation()).isEqualTo(LONDON);
            assertThat(translation.toDialable("+44 (20) 7946 0000")).isEqualTo("979460000");
            assertThat(translation.toCanonical("979460000")).isEqualTo("+44 (20) 79460000");
            assertThat(lab.provider.isSupported(Extension.ADDRESS_TRANSLATION)).isTrue();
        }
    }

    @Test
    void aLocalAddressHasNoCanonicalNumber() throws Exception {
        try (SimLab lab = new SimLab()) {
            assertThatThrownBy(() -> lab.provider.toCanonical("1001")).isInstanceOf(InvalidArgumentException.class)
                    .hasMessage("'1001' is a local address of provider " + lab.provider.getName()
                            + ", which has no canonical number");
            assertThat(lab.provider.getDiallingLocation()).isEqualTo(DiallingLocation.DEFAULT);
            assertThat(lab.provider.toCanonical("5550100")).isEqualTo("+1 (555) 5550100");
        }
    }

    @Test
    void translationWorksInAnyProviderState() throws Exception {
        SimLab lab = new SimLab();
        lab.close();

        assertThat(lab.provider.toDialable("+1 (555) 5550100")).isEqualTo("5550100");
        assertThat(lab.provider.toCanonical("5550100")).isEqualTo("+1 (555) 5550100");
    }
}
