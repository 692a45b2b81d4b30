package javax.telephony.media.symbols;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.telephony.media.Symbol;
import org.junit.jupiter.api.Test;

/** The name tables are global, so each test uses vendors and codes no other test touches. */
class StringifierTest {
    /** Reads the protected lookups from the test. */
    private static final class Names extends Stringifier {
        static String vendor(int vendor) {
            return getVendorName(vendor);
        }

        static String object(int object) {
            return getObjectName(object);
        }
    }

    /** Tag 0xE: vendor in bits 4-7, object in bits 8-15, item in bits 16-31. */
    private static final class TagE implements Stringifier.Parser {
        public int getItem(int value) {
            return value >>> 16;
        }

        public int getObject(int value) {
            return getVendor(value) | getObjectOnly(value);
        }

        public int getObjectOnly(int value) {
            return (value >>> 8) & 0xFF;
        }

        public int getVendor(int value) {
            return getVendorOnly(value) << 8;
        }

        public int getVendorOnly(int value) {
            return (value >>> 4) & 0xF;
        }

        public boolean isFormat(int value) {
            return (value & 0xF) == 0xE;
        }
    }

    @Test
    void getParserPicksTheParserOfTheValuesFormat() {
        assertThat(Stringifier.getParser(R2Symbol.ASR_ActiveContexts.intValue())).isInstanceOf(Format0.class);
        assertThat(Stringifier.getParser(Format1.f1symbol(4001, 0, 0).intValue())).isInstanceOf(Format1.class);
        assertThat(Stringifier.getParser(0x00000002)).isNull();
    }

    @Test
    void standardVendorAndObjectsHaveDefaultNames() {
        assertThat(Names.vendor(0)).isEqualTo("ECTF");
        assertThat(Names.object(R2Symbol.Player_)).isEqualTo("Player");
        assertThat(Names.vendor(4094)).isNull();
        assertThat(Names.object(4094 << 8)).isNull();
    }

    @Test
    void unnamedCodeOfAnUnnamedVendorPrintsNumbers() {
        Symbol symbol = Format0.f0symbol(7 << 8 | 5, 3);

        assertThat(symbol).hasToString("Symbol(7.5.3)");
        assertThat(Symbol.getSymbol("Symbol(7.5.3)")).isSameAs(symbol);
    }

    @Test
    void registerVendorShowsItsNameInUnnamedSymbols() {
        Stringifier.registerVendor(4001, "Acme4001");
        Symbol symbol = Format1.f1symbol(4001, 2, 9);

        assertThat(symbol).hasToString("Symbol(Acme4001.2.9)");
        assertThat(Symbol.getSymbol("Symbol(Acme4001.2.9)")).isSameAs(symbol);
        assertThat(Symbol.getSymbol("Symbol(4001.2.9)")).isSameAs(symbol);
    }

    @Test
    void registerVendorAgainRenamesTheVendor() {
        Stringifier.registerVendor(4003, "Old4003");
        Stringifier.registerVendor(4003, "New4003");

        assertThat(Names.vendor(4003)).isEqualTo("New4003");
        assertThat(Symbol.getSymbol("Symbol(Old4003.0.0)")).isNull();
    }

    @Test
    void registerVendorRejectsANameOfAnotherVendor() {
        Stringifier.registerVendor(4004, "Taken4004");

        assertThatThrownBy(() -> Stringifier.registerVendor(4005, "Taken4004"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Taken4004").hasMessageContaining("4004");
    }

    @Test
    void registerVendorRejectsBadInput() {
        assertThatThrownBy(() -> Stringifier.registerVendor(4096, "Big"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vendor 4096");
        assertThatThrownBy(() -> Stringifier.registerVendor(4006, "two.parts"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("two.parts");
        assertThatThrownBy(() -> Stringifier.registerVendor(4006, "9lives"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stringifier.registerVendor(4006, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("vendor name");
    }

    @Test
    void setObjectNameShowsItsNameInUnnamedSymbols() {
        Stringifier.setObjectName(4002 << 8 | 5, "Widgets");
        Symbol symbol = Format1.f1symbol(4002, 5, 1);

        assertThat(symbol).hasToString("Symbol(4002.Widgets.1)");
        assertThat(Symbol.getSymbol("Symbol(4002.Widgets.1)")).isSameAs(symbol);
    }

    @Test
    void setObjectNameAllowsTheSameNameUnderDifferentVendors() {
        Stringifier.setObjectName(4007 << 8 | 1, "Gadget");
        Stringifier.setObjectName(4008 << 8 | 1, "Gadget");

        assertThat(Symbol.getSymbol("Symbol(4008.Gadget.3)")).isSameAs(Format1.f1symbol(4008, 1, 3));
    }

    @Test
    void setObjectNameRejectsANameOfAnotherObjectOfTheSameVendor() {
        Stringifier.setObjectName(4009 << 8 | 1, "Thing");

        assertThatThrownBy(() -> Stringifier.setObjectName(4009 << 8 | 2, "Thing"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Thing");
    }

    @Test
    void setObjectNameRejectsBadInput() {
        assertThatThrownBy(() -> Stringifier.setObjectName(0x100000, "Big"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("object 1048576");
        assertThatThrownBy(() -> Stringifier.setObjectName(4010 << 8, "has space"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Stringifier.setObjectName(4010 << 8, null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("object name");
    }

    @Test
    void valueNoParserKnowsPrintsItsHexCode() {
        Symbol symbol = Symbol.getSymbol(0x12345672);

        assertThat(symbol).hasToString("Symbol(0x12345672)");
        assertThat(Symbol.getSymbol("Symbol(0x12345672)")).isSameAs(symbol);
    }

    @Test
    void tagOneValueOfAFormatZeroVendorPrintsItsHexCode() {
        assertThat(Symbol.getSymbol(0x00003011)).hasToString("Symbol(0x00003011)");
    }

    @Test
    void valueOfAnAddedParserPrintsHexCodeAndParts() {
        Stringifier.Parser parser = new TagE();
        Stringifier.addParser(parser);
        Symbol symbol = Symbol.getSymbol(0x0005023e);

        assertThat(Stringifier.getParser(0x0005023e)).isSameAs(parser);
        assertThat(symbol).hasToString("Symbol(0x0005023e:3.2.5)");
        assertThat(Symbol.getSymbol("Symbol(0x0005023e:3.2.5)")).isSameAs(symbol);
        assertThat(Stringifier.parsers).endsWith(parser);
    }

    @Test
    void addParserRejectsNull() {
        assertThatThrownBy(() -> Stringifier.addParser(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("parser");
    }

    @Test
    void readableFormsThatNameNoValueGiveNull() {
        assertThat(Symbol.getSymbol("Symbol(ECTF.ASR.70000)")).isNull();
        assertThat(Symbol.getSymbol("Symbol(NoSuchVendor.1.1)")).isNull();
        assertThat(Symbol.getSymbol("Symbol(0.NoSuchObject.1)")).isNull();
        assertThat(Symbol.getSymbol("Symbol(5000.1.1)")).isNull();
        assertThat(Symbol.getSymbol("Symbol(0x123456789)")).isNull();
        assertThat(Symbol.getSymbol("Symbol(-1.1.1)")).isNull();
    }

    @Test
    void readableFormOfANamedValueFindsThatSymbol() {
        assertThat(Symbol.getSymbol("Symbol(ECTF.ASR.16)")).isSameAs(R2Symbol.ASR_ActiveContexts);
        assertThat(Symbol.getSymbol("Symbol(0.1.16)")).isSameAs(R2Symbol.ASR_ActiveContexts);
        assertThat(Symbol.getSymbol("Symbol(0x00100010)")).isSameAs(R2Symbol.ASR_ActiveContexts);
    }

    @Test
    void setSymbolNameNamesTheSymbol() {
        Symbol symbol = Format1.f1symbol(4011, 1, 1);

        Stringifier.setSymbolName(symbol, "StringifierTest_Named");

        assertThat(Stringifier.toString(symbol)).isEqualTo("StringifierTest_Named");
    }

    @Test
    void nullSymbolsAreRejected() {
        assertThatThrownBy(() -> Stringifier.setSymbolName(null, "x"))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("symbol");
        assertThatThrownBy(() -> Stringifier.toString(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("symbol");
    }
}
