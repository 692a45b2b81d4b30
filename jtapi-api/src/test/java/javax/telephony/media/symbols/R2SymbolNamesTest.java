package javax.telephony.media.symbols;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Field;
import java.util.Map;
import javax.telephony.media.Symbol;
import org.junit.jupiter.api.Test;

class R2SymbolNamesTest {
    @Test
    void namesEveryR2CodeAfterOneOfItsFields() throws Exception {
        Map<Integer, String> names = R2SymbolNames.symbolNames();

        for (Field field : R2Symbol.class.getFields()) {
            if (field.getType() == Symbol.class) {
                int code = ((Symbol) field.get(null)).intValue();
                String name = names.get(code);
                assertThat(name).as(field.getName()).isNotNull();
                assertThat(R2Symbol.class.getField(name).get(null)).isSameAs(field.get(null));
            }
        }
        assertThat(names).hasSize(1283);
    }

    @Test
    void choosesTheAlphabeticallyFirstOfSeveralAliases() {
        Map<Integer, String> names = R2SymbolNames.symbolNames();

        assertThat(names.get(R2Symbol.ASR_GetResults.intValue())).isEqualTo("ASR_GetResults");
        assertThat(names.get(R2Symbol.Error_ResourceClass.intValue())).isEqualTo("Error_Class");
    }

    @Test
    void namesObjectsAfterTheIntConstantsWithoutTheirUnderscore() {
        Map<Integer, String> objects = R2SymbolNames.objectNames();

        assertThat(objects.get(R2Symbol.ASR_)).isEqualTo("ASR");
        assertThat(objects.get(R2Symbol.Language_)).isEqualTo("Language");
        assertThat(objects.get(R2Symbol.SPR_)).isEqualTo("SPR");
        assertThat(objects.get(R2Symbol.Any_)).isEqualTo("Any");
        assertThat(objects).hasSize(27);
    }
}
