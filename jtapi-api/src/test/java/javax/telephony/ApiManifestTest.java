package javax.telephony;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The compiled API must match the JTAPI 1.4 manifest item for item, and the check must notice any change. */
class ApiManifestTest {
    private static SortedSet<String> reference;
    private static SortedSet<String> built;

    @BeforeAll
    static void buildBothManifests() {
        try (InputStream in = ApiManifestTest.class.getResourceAsStream("/jtapi-1.4.sig")) {
            assertThat(in).as("jtapi-1.4.sig on the test classpath").isNotNull();
            reference = ApiManifest.read(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        built = ApiManifest.ofClassesBeside(JtapiPeer.class);
    }

    @Test
    void referenceManifestHasEveryJtapi14Item() {
        assertThat(reference).hasSize(4452);
        assertThat(reference.stream().filter(l -> l.contains("|class|") || l.contains("|interface"))).hasSize(457);
    }

    @Test
    void compiledApiMatchesTheManifestExactly() {
        assertThat(ApiManifest.diff(reference, built)).as("- missing from the API, + extra in the API").isEmpty();
    }

    @Test
    void aChangedConstantValueIsReportedAsOneMissingAndOneExtraItem() {
        SortedSet<String> changed = replace(built, "javax.telephony.Call#ACTIVE:int=33|mods=static,final",
                "javax.telephony.Call#ACTIVE:int=34|mods=static,final");

        assertThat(ApiManifest.diff(reference, changed)).containsExactly(
                "- javax.telephony.Call#ACTIVE:int=33|mods=static,final",
                "+ javax.telephony.Call#ACTIVE:int=34|mods=static,final");
    }

    @Test
    void aChangedThrowsListIsReported() {
        String line = "javax.telephony.Call#getState()int|throws=";
        SortedSet<String> changed = replace(built, line, line + "javax.telephony.PlatformException");

        assertThat(ApiManifest.diff(reference, changed)).containsExactly(
                "- " + line, "+ " + line + "javax.telephony.PlatformException");
    }

    @Test
    void aMissingItemIsReported() {
        SortedSet<String> fewer = new TreeSet<>(built);
        fewer.remove("javax.telephony.Provider#shutdown()void|throws=");

        assertThat(ApiManifest.diff(reference, fewer)).containsExactly("- javax.telephony.Provider#shutdown()void|throws=");
    }

    @Test
    void anExtraItemIsReported() {
        SortedSet<String> more = new TreeSet<>(built);
        more.add("javax.telephony.Provider#restart()void|throws=");

        assertThat(ApiManifest.diff(reference, more)).containsExactly("+ javax.telephony.Provider#restart()void|throws=");
    }

    @Test
    void reflectionSeesModifiersSupertypesAndConstants() {
        assertThat(built).contains(
                "javax.telephony.PlatformException|class|mods=|extends=java.lang.RuntimeException|implements=",
                "javax.telephony.callcontrol.CallControlCall|interface|extends=javax.telephony.Call",
                "javax.telephony.callcenter.RouteAddress#ALL_ROUTE_ADDRESS:java.lang.String=\"AllRouteAddress\"|mods=static,final",
                "javax.telephony.media.ResourceSpec$Operator|class|mods=static,abstract|extends=javax.telephony.media.ResourceSpec"
                        + "|implements=javax.telephony.media.Resource");
    }

    private static SortedSet<String> replace(SortedSet<String> manifest, String from, String to) {
        assertThat(manifest).contains(from);
        SortedSet<String> copy = new TreeSet<>(manifest);
        copy.remove(from);
        copy.add(to);
        return copy;
    }
}
