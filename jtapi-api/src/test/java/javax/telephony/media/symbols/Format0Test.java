package javax.telephony.media.symbols;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Field;
import javax.telephony.media.Symbol;
import org.junit.jupiter.api.Test;

class Format0Test {
    private final Format0 format = new Format0();

    @Test
    void parsesTheLanguageExampleIntoObjectTwelveItemOne() {
        int code = 0x000100c0;

        assertThat(format.isFormat(code)).isTrue();
        assertThat(format.getVendorOnly(code)).isZero();
        assertThat(format.getObject(code)).isEqualTo(R2Symbol.Language_);
        assertThat(format.getObjectOnly(code)).isEqualTo(12);
        assertThat(format.getItem(code)).isEqualTo(1);
    }

    @Test
    void everyR2SymbolParsesAsStandardVendorAndTheObjectOfItsPrefix() throws Exception {
        for (Field field : R2Symbol.class.getFields()) {
            if (field.getType() != Symbol.class) {
                continue;
            }
            int code = ((Symbol) field.get(null)).intValue();
            String prefix = field.getName().substring(0, field.getName().indexOf('_') + 1);
            int object = R2Symbol.class.getField(prefix).getInt(null);

            assertThat(format.isFormat(code)).as(field.getName()).isTrue();
            assertThat(format.getVendorOnly(code)).as(field.getName()).isZero();
            assertThat(format.getVendor(code)).as(field.getName()).isZero();
            assertThat(format.getObject(code)).as(field.getName()).isEqualTo(object);
            assertThat(Format0.f0symbol(object, format.getItem(code))).as(field.getName())
                    .isSameAs(field.get(null));
        }
    }

    @Test
    void splitsAVendorObjectIntoVendorAndObjectParts() {
        Symbol symbol = Format0.f0symbol(0x5c3, 0xbeef);
        int code = symbol.intValue();

        assertThat(code).isEqualTo(0xbeef5c30);
        assertThat(format.getVendorOnly(code)).isEqualTo(5);
        assertThat(format.getVendor(code)).isEqualTo(0x500);
        assertThat(format.getObjectOnly(code)).isEqualTo(0xc3);
        assertThat(format.getObject(code)).isEqualTo(0x5c3);
        assertThat(format.getItem(code)).isEqualTo(0xbeef);
    }

    @Test
    void buildsAndParsesBackTheExtremeValues() {
        for (int object : new int[] {0, 1, 0xFF, 0x100, 0xFFF}) {
            for (int item : new int[] {0, 1, 0x7FFF, 0x8000, 0xFFFF}) {
                int code = Format0.f0symbol(object, item).intValue();
                assertThat(format.isFormat(code)).isTrue();
                assertThat(format.getObject(code)).isEqualTo(object);
                assertThat(format.getItem(code)).isEqualTo(item);
            }
        }
    }

    @Test
    void rejectsValuesWithAnotherFormatTag() {
        assertThat(format.isFormat(0x00000011)).isFalse();
        assertThat(format.isFormat(0x0000000f)).isFalse();
    }

    @Test
    void f0symbolRejectsOutOfRangeNumbers() {
        assertThatThrownBy(() -> Format0.f0symbol(0x1000, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("object 4096");
        assertThatThrownBy(() -> Format0.f0symbol(-1, 0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("object -1");
        assertThatThrownBy(() -> Format0.f0symbol(1, 0x10000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("item 65536");
    }
}
