package javax.telephony.media.symbols;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import javax.telephony.media.Symbol;
import org.junit.jupiter.api.Test;

class Format1Test {
    private final Format1 format = new Format1();

    /** Reaches the protected f1value from the test. */
    private static final class Values extends Format1 {
        static int of(int vendor, int object, int item) {
            return f1value(vendor, object, item);
        }
    }

    @Test
    void f1valueLaysOutItemVendorObjectAndTag() {
        assertThat(Values.of(0xabc, 0x12, 0x34)).isEqualTo(0x34abc121);
    }

    @Test
    void f1symbolIsTheSymbolOfF1value() {
        assertThat(Format1.f1symbol(16, 0, 0)).isSameAs(Symbol.getSymbol(Values.of(16, 0, 0)));
    }

    @Test
    void buildsAndParsesBackTheExtremeValues() {
        for (int vendor : new int[] {16, 17, 0x800, 0xFFF}) {
            for (int object : new int[] {0, 1, 0x80, 0xFF}) {
                for (int item : new int[] {0, 1, 0x80, 0xFF}) {
                    int code = Format1.f1symbol(vendor, object, item).intValue();
                    assertThat(format.isFormat(code)).isTrue();
                    assertThat(format.getVendorOnly(code)).isEqualTo(vendor);
                    assertThat(format.getVendor(code)).isEqualTo(vendor << 8);
                    assertThat(format.getObjectOnly(code)).isEqualTo(object);
                    assertThat(format.getObject(code)).isEqualTo(vendor << 8 | object);
                    assertThat(format.getItem(code)).isEqualTo(item);
                }
            }
        }
    }

    @Test
    void doesNotClaimStandardSymbols() {
        assertThat(format.isFormat(R2Symbol.ASR_ActiveContexts.intValue())).isFalse();
    }

    @Test
    void doesNotClaimTagOneValuesOfFormatZeroVendors() {
        assertThat(format.isFormat(0x0000f001)).isFalse(); // vendor 15
        assertThat(format.isFormat(0x00010001)).isTrue(); // vendor 16
    }

    @Test
    void f1symbolRejectsOutOfRangeNumbers() {
        assertThatThrownBy(() -> Format1.f1symbol(15, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vendor 15");
        assertThatThrownBy(() -> Format1.f1symbol(0x1000, 0, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("vendor 4096");
        assertThatThrownBy(() -> Format1.f1symbol(16, 256, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("object 256");
        assertThatThrownBy(() -> Format1.f1symbol(16, 0, 256))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("item 256");
    }

    @Test
    void sharesTheQualifiedObjectNumberWithFormatZero() {
        // object 3 of vendor 15 (format 0) and of vendor 16 (format 1) are neighbours, never equal
        assertThat(new Format0().getObject(Format0.f0symbol(15 << 8 | 3, 0).intValue())).isEqualTo(0xF03);
        assertThat(format.getObject(Format1.f1symbol(16, 3, 0).intValue())).isEqualTo(0x1003);
    }
}
