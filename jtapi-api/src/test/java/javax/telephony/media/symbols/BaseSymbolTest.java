package javax.telephony.media.symbols;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.telephony.media.Symbol;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The name table is global, so each test names codes of its own (format 1, vendors 4020-4029). */
class BaseSymbolTest {
    @TempDir
    Path dir;

    /** A symbol class of its own, to check that equality needs the same class. */
    private static final class OtherSymbol extends BaseSymbol {
        OtherSymbol(int value) {
            super(value);
        }
    }

    @Test
    void equalsNeedsTheSameClassAndValue() {
        assertThat(new OtherSymbol(0x00100010)).isEqualTo(new OtherSymbol(0x00100010));
        assertThat(new OtherSymbol(0x00100010)).isNotEqualTo(new OtherSymbol(0x00110010));
        assertThat(new OtherSymbol(0x00100010)).isNotEqualTo(R2Symbol.ASR_ActiveContexts);
        assertThat(R2Symbol.ASR_ActiveContexts).isNotEqualTo(new OtherSymbol(0x00100010));
    }

    @Test
    void anySymbolClassSharesTheNameOfItsValue() {
        OtherSymbol other = new OtherSymbol(0x00100010);

        assertThat(other).hasToString("ASR_ActiveContexts");
        assertThat(other.hashCode()).isEqualTo(0x00100010);
        assertThat(other.intValue()).isEqualTo(0x00100010);
    }

    @Test
    void setNameReplacesTheStandardName() {
        Symbol garbage = R2Symbol.ASR_Garbage;
        try {
            garbage.setName("BaseSymbolTest_Garbage");

            assertThat(garbage).hasToString("BaseSymbolTest_Garbage");
            assertThat(BaseSymbol.getSymbol("BaseSymbolTest_Garbage")).isSameAs(garbage);
            assertThat(BaseSymbol.getSymbol("ASR_Garbage")).isNull();
        } finally {
            garbage.setName("ASR_Garbage");
        }
        assertThat(garbage).hasToString("ASR_Garbage");
    }

    @Test
    void setNameToTheNameOfAnotherSymbolIsRejected() {
        Symbol symbol = Format1.f1symbol(4020, 1, 1);

        assertThatThrownBy(() -> symbol.setName("ASR_ActiveContexts"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ASR_ActiveContexts").hasMessageContaining("0x00100010");
    }

    @Test
    void setNameToItsOwnNameIsAllowed() {
        R2Symbol.ASR_ActiveContexts.setName("ASR_ActiveContexts");

        assertThat(R2Symbol.ASR_ActiveContexts).hasToString("ASR_ActiveContexts");
    }

    @Test
    void setNameRejectsMissingEmptyAndReservedNames() {
        Symbol symbol = Format1.f1symbol(4020, 1, 2);

        assertThatThrownBy(() -> symbol.setName(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("name");
        assertThatThrownBy(() -> symbol.setName(""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("empty");
        assertThatThrownBy(() -> symbol.setName("Symbol(1.2.3)"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Symbol(");
    }

    @Test
    void saveWritesOneSortedLinePerNamedValue() throws Exception {
        Path file = dir.resolve("names.properties");

        BaseSymbol.saveSymbolNames(file.toString());

        List<String> lines = Files.readAllLines(file, UTF_8);
        assertThat(lines).contains("0x00100010=ASR_ActiveContexts", "0x000100c0=Language_Language");
        List<String> entries = lines.subList(1, lines.size());
        assertThat(entries).hasSizeGreaterThanOrEqualTo(1283).isSorted();
    }

    @Test
    void saveAndLoadRoundTripRestoresOddNames() {
        Symbol symbol = Format1.f1symbol(4021, 1, 1);
        String odd = " lead = x\\y:\n\tz é #";
        symbol.setName(odd);
        String file = dir.resolve("names.properties").toString();
        Symbol.saveSymbolNames(file);
        symbol.setName("BaseSymbolTest_AfterSave");

        Symbol.loadSymbolNames(file);

        assertThat(symbol).hasToString(odd);
        assertThat(Symbol.getSymbol(odd)).isSameAs(symbol);
        assertThat(Symbol.getSymbol("BaseSymbolTest_AfterSave")).isNull();
        assertThat(R2Symbol.ASR_ActiveContexts).hasToString("ASR_ActiveContexts");
    }

    @Test
    void loadNamesTheListedValuesAndLeavesTheOthers() throws Exception {
        Symbol symbol = Format1.f1symbol(4022, 1, 1);
        Path file = write("# a comment\n" + hex(symbol) + " = BaseSymbolTest_Loaded\n");

        BaseSymbol.loadSymbolNames(file.toString());

        assertThat(symbol).hasToString("BaseSymbolTest_Loaded");
        assertThat(R2Symbol.ASR_ActiveContexts).hasToString("ASR_ActiveContexts");
    }

    @Test
    void loadMaySwapTwoNames() throws Exception {
        Symbol a = Format1.f1symbol(4023, 1, 1);
        Symbol b = Format1.f1symbol(4023, 1, 2);
        a.setName("BaseSymbolTest_SwapA");
        b.setName("BaseSymbolTest_SwapB");
        Path file = write(hex(a) + "=BaseSymbolTest_SwapB\n" + hex(b) + "=BaseSymbolTest_SwapA\n");

        BaseSymbol.loadSymbolNames(file.toString());

        assertThat(a).hasToString("BaseSymbolTest_SwapB");
        assertThat(b).hasToString("BaseSymbolTest_SwapA");
    }

    @Test
    void loadThatWouldGiveANameToTwoValuesChangesNothing() throws Exception {
        Symbol clash = Format1.f1symbol(4024, 1, 1);
        Symbol innocent = Format1.f1symbol(4024, 1, 2);
        Path file = write(hex(clash) + "=ASR_ActiveContexts\n" + hex(innocent) + "=BaseSymbolTest_Innocent\n");
        String before = innocent.toString();

        assertThatThrownBy(() -> BaseSymbol.loadSymbolNames(file.toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("ASR_ActiveContexts");
        assertThat(innocent).hasToString(before);
        assertThat(clash).hasToString("Symbol(4024.1.1)");
    }

    @Test
    void loadRejectsAKeyThatIsNotAHexValue() throws Exception {
        Path file = write("hello=World\n");

        assertThatThrownBy(() -> BaseSymbol.loadSymbolNames(file.toString()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(file.toString()).hasMessageContaining("hello");
    }

    @Test
    void loadRejectsAValueListedTwice() throws Exception {
        Path file = write("0x10=One\n0x00000010=Two\n");

        assertThatThrownBy(() -> BaseSymbol.loadSymbolNames(file.toString()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("0x00000010");
    }

    @Test
    void loadRejectsAReservedName() throws Exception {
        Path file = write(hex(Format1.f1symbol(4025, 1, 1)) + "=Symbol(x)\n");

        assertThatThrownBy(() -> BaseSymbol.loadSymbolNames(file.toString()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(file.toString());
    }

    @Test
    void loadOfAMissingFileThrowsUncheckedIOExceptionNamingIt() {
        String missing = dir.resolve("missing.properties").toString();

        assertThatThrownBy(() -> BaseSymbol.loadSymbolNames(missing))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining(missing);
    }

    @Test
    void saveIntoADirectoryThrowsUncheckedIOExceptionNamingIt() {
        assertThatThrownBy(() -> BaseSymbol.saveSymbolNames(dir.toString()))
                .isInstanceOf(UncheckedIOException.class).hasMessageContaining(dir.toString());
    }

    @Test
    void nullFileNamesAreRejected() {
        assertThatThrownBy(() -> BaseSymbol.saveSymbolNames(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("file");
        assertThatThrownBy(() -> BaseSymbol.loadSymbolNames(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("file");
    }

    private Path write(String content) throws Exception {
        Path file = Files.createTempFile(dir, "names", ".properties");
        Files.writeString(file, content, UTF_8);
        return file;
    }

    private static String hex(Symbol symbol) {
        return String.format("0x%08x", symbol.intValue());
    }
}
