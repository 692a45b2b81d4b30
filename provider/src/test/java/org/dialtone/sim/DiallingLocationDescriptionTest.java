package org.dialtone.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.dialtone.ext.DiallingLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The switch's dialling location: in the plan builder, and as the {@code dialling-location} statement. */
class DiallingLocationDescriptionTest {
    @TempDir
    Path dir;

    private SwitchPlan load(String text) throws Exception {
        Path file = dir.resolve("lab.plan");
        Files.writeString(file, text);
        return SwitchPlan.load(file);
    }

    @Test
    void aPlanDialsFromTheDefaultLocationUnlessItSaysOtherwise() throws Exception {
        assertThat(SwitchPlan.defaultPlan().diallingLocation()).isEqualTo(DiallingLocation.DEFAULT);
        assertThat(load("address 2001\n").diallingLocation()).isEqualTo(DiallingLocation.DEFAULT);
    }

    @Test
    void theStatementSetsThePartsItNamesAndLeavesTheOthersAtTheirDefault() throws Exception {
        SwitchPlan plan = load("address 2001\ndialling-location country 44 area 20 outside 9 long-distance 0"
                + " international 00   # London, behind a PBX\n");
        assertThat(plan.diallingLocation()).isEqualTo(new DiallingLocation("44", "20", "9", "0", "00"));

        assertThat(load("dialling-location outside 9\n").diallingLocation())
                .isEqualTo(DiallingLocation.DEFAULT.withOutsideLinePrefix("9"));
        assertThat(load("dialling-location area none long-distance none international 00\n").diallingLocation())
                .isEqualTo(new DiallingLocation("1", "", "", "", "00"));
    }

    @Test
    void aPlanWithALocationIsWrittenBackWithIt() throws Exception {
        DiallingLocation flat = new DiallingLocation("45", "", "", "", "00");
        SwitchPlan plan = SwitchPlan.builder().address("2001").diallingLocation(flat).build();

        String text = plan.toDescription();

        assertThat(text).endsWith("dialling-location country 45 area none outside none long-distance none"
                + " international 00\n");
        assertThat(load(text)).isEqualTo(plan);
        assertThat(SwitchPlan.builder().address("2001").build().toDescription()).doesNotContain("dialling-location");
        assertThat(plan).isNotEqualTo(SwitchPlan.builder().address("2001").build());
    }

    @Test
    void theBuilderTakesOneLocation() {
        SwitchPlan.Builder builder = SwitchPlan.builder().diallingLocation(DiallingLocation.DEFAULT);

        assertThatThrownBy(() -> builder.diallingLocation(DiallingLocation.DEFAULT))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the dialling location is already set (to " + DiallingLocation.DEFAULT + ")");
        assertThatThrownBy(() -> builder.diallingLocation(null)).hasMessage("location");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "dialling-location                         | 1 | expected 'dialling-location <part> <digits>...'",
            "dialling-location country                 | 1 | expected 'dialling-location <part> <digits>...'",
            "dialling-location city 20                 | 1 | unknown dialling-location part 'city'; expected country, area, outside, long-distance or international",
            "dialling-location area 20 area 30         | 1 | dialling-location names 'area' twice",
            "dialling-location country 4x              | 1 | country code '4x' must be digits only",
            "dialling-location long-distance 011       | 1 | the international and long-distance prefixes are both '011'; a dialled number could not say which it is",
            "dialling-location outside 9\\ndialling-location outside 8 | 2 | the dialling location is already set",
    })
    void aWrongStatementIsReportedWithItsLine(String text, int line, String message) throws Exception {
        Path file = dir.resolve("wrong.plan");
        Files.writeString(file, text.replace("\\n", "\n"));

        assertThatThrownBy(() -> SwitchPlan.load(file)).isInstanceOf(SwitchPlanException.class)
                .hasMessageStartingWith(file + ":" + line + ": " + message);
    }
}
