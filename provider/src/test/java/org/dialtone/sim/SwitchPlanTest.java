package org.dialtone.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.dialtone.sim.SwitchPlan.HuntGroup;
import org.dialtone.sim.SwitchPlan.NumberKind;
import org.dialtone.sim.SwitchPlan.PickupGroup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SwitchPlanTest {

    private static final List<String> EXTENSIONS =
            IntStream.rangeClosed(1001, 1099).mapToObj(Integer::toString).toList();

    /** An office with a shared line, a phone with two lines and one of everything else. */
    static SwitchPlan office() {
        return SwitchPlan.builder()
                .address("2001").address("2002").address("2003")
                .terminal("2001", "2001")
                .terminal("desk-2002", "2002", "2003")
                .terminal("soft-2002", "2002")
                .parkOrbit("7001")
                .huntGroup("3000", HuntPolicy.CIRCULAR, "2001", "2002")
                .routePoint("4000")
                .pickupGroup("sales", "2001", "2002")
                .external("5550199", ExternalBehaviour.BUSY)
                .external("5550100", ExternalBehaviour.answerAfter(Duration.ofMillis(2000)))
                .external("5550000", ExternalBehaviour.UNKNOWN)
                .build();
    }

    @Test
    void defaultPlanHasExtensions1001To1099InOrder() {
        SwitchPlan plan = SwitchPlan.defaultPlan();

        assertThat(plan.addresses()).containsExactlyElementsOf(EXTENSIONS);
        assertThat(plan.terminals()).containsExactlyElementsOf(EXTENSIONS);
    }

    @Test
    void defaultPlanPutsEachExtensionOnATerminalOfTheSameName() {
        SwitchPlan plan = SwitchPlan.defaultPlan();

        for (String extension : EXTENSIONS) {
            assertThat(plan.terminalsOf(extension)).containsExactly(extension);
            assertThat(plan.addressesOf(extension)).containsExactly(extension);
        }
    }

    @Test
    void defaultPlanHasNoGroupsOrbitsRoutePointsOrScriptedNumbers() {
        SwitchPlan plan = SwitchPlan.defaultPlan();

        assertThat(plan.pickupGroups()).isEmpty();
        assertThat(plan.parkOrbits()).isEmpty();
        assertThat(plan.huntGroups()).isEmpty();
        assertThat(plan.routePoints()).isEmpty();
        assertThat(plan.externals()).isEmpty();
        assertThat(plan.defaultExternalBehaviour()).isEqualTo(ExternalBehaviour.NO_ANSWER);
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
        "1001, LOCAL",
        "1050, LOCAL",
        "1099, LOCAL",
        "1000, EXTERNAL_DEFAULT",
        "1100, EXTERNAL_DEFAULT",
        "5551234, EXTERNAL_DEFAULT",
        "0, EXTERNAL_DEFAULT",
        "12a, INVALID",
        "+4930123, INVALID",
        "'', INVALID",
        "' 1001', INVALID",
    })
    void defaultPlanClassifiesNumbers(String number, NumberKind kind) {
        assertThat(SwitchPlan.defaultPlan().classify(number)).isEqualTo(kind);
    }

    @ParameterizedTest(name = "{0}: external {1}, behaviour {2}")
    @CsvSource({
        "1000, true, no-answer",
        "1100, true, no-answer",
        "12a, false, unknown",
    })
    void defaultPlanTreatsOtherAllDigitNumbersAsExternalPartiesThatDoNotAnswer(
            String number, boolean external, String behaviour) {
        SwitchPlan plan = SwitchPlan.defaultPlan();

        assertThat(plan.isExternalNumber(number)).isEqualTo(external);
        assertThat(plan.externalBehaviour(number)).hasToString(behaviour);
    }

    @Test
    void localAddressIsNotExternal() {
        SwitchPlan plan = SwitchPlan.defaultPlan();

        assertThat(plan.isExternalNumber("1001")).isFalse();
        assertThat(plan.isLocal("1001")).isTrue();
        assertThat(plan.isLocal("1000")).isFalse();
        assertThatThrownBy(() -> plan.externalBehaviour("1001"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'1001' is a local address, not an external number");
    }

    @Test
    void defaultPlanIsAlwaysTheSamePlan() {
        assertThat(SwitchPlan.defaultPlan()).isSameAs(SwitchPlan.defaultPlan());
    }

    @Test
    void addressesComeInDeclarationOrderWhateverTheirRole() {
        assertThat(office().addresses()).containsExactly("2001", "2002", "2003", "7001", "3000", "4000");
    }

    @Test
    void terminalsComeInDeclarationOrder() {
        assertThat(office().terminals()).containsExactly("2001", "desk-2002", "soft-2002");
    }

    @Test
    void sharedLineAppearsOnEachOfItsTerminals() {
        assertThat(office().terminalsOf("2002")).containsExactly("desk-2002", "soft-2002");
    }

    @Test
    void terminalCarriesItsAddressesInTheOrderDeclared() {
        assertThat(office().addressesOf("desk-2002")).containsExactly("2002", "2003");
    }

    @Test
    void addressesWithARoleAreOnNoTerminal() {
        SwitchPlan plan = office();

        assertThat(plan.terminalsOf("7001")).isEmpty();
        assertThat(plan.terminalsOf("3000")).isEmpty();
        assertThat(plan.terminalsOf("4000")).isEmpty();
    }

    @Test
    void rolesAreListedSeparately() {
        SwitchPlan plan = office();

        assertThat(plan.parkOrbits()).containsExactly("7001");
        assertThat(plan.routePoints()).containsExactly("4000");
        assertThat(plan.huntGroups()).containsExactly(new HuntGroup("3000", List.of("2001", "2002"), HuntPolicy.CIRCULAR));
        assertThat(plan.pickupGroups()).containsExactly(new PickupGroup("sales", List.of("2001", "2002")));
    }

    @Test
    void pickupGroupOfAnAddressIsTheGroupNamingIt() {
        SwitchPlan plan = office();

        assertThat(plan.pickupGroupOf("2002")).map(PickupGroup::name).contains("sales");
        assertThat(plan.pickupGroupOf("2003")).isEmpty();
    }

    @Test
    void scriptedNumbersKeepTheirBehaviourAndOrder() {
        SwitchPlan plan = office();

        assertThat(plan.externals()).containsExactly(
                entry("5550199", ExternalBehaviour.BUSY),
                entry("5550100", ExternalBehaviour.answerAfter(Duration.ofSeconds(2))),
                entry("5550000", ExternalBehaviour.UNKNOWN));
        assertThat(plan.classify("5550199")).isEqualTo(NumberKind.EXTERNAL_SCRIPTED);
        assertThat(plan.externalBehaviour("5550100")).hasToString("answer after 2000ms");
    }

    @Test
    void numberScriptedAsUnknownIsNoExternalParty() {
        SwitchPlan plan = office();

        assertThat(plan.classify("5550000")).isEqualTo(NumberKind.EXTERNAL_SCRIPTED);
        assertThat(plan.isExternalNumber("5550000")).isFalse();
        assertThat(plan.externalBehaviour("5550000")).isEqualTo(ExternalBehaviour.UNKNOWN);
    }

    @Test
    void defaultExternalBehaviourAppliesToUnlistedAllDigitNumbers() {
        SwitchPlan plan = SwitchPlan.builder()
                .external("5550100", ExternalBehaviour.ANSWER)
                .defaultExternal(ExternalBehaviour.BUSY)
                .build();

        assertThat(plan.externalBehaviour("5550101")).isEqualTo(ExternalBehaviour.BUSY);
        assertThat(plan.externalBehaviour("5550100")).isEqualTo(ExternalBehaviour.ANSWER);
        assertThat(plan.isExternalNumber("5550101")).isTrue();
    }

    @Test
    void unknownAsDefaultMakesUnlistedNumbersUnreachable() {
        SwitchPlan plan = SwitchPlan.builder()
                .external("5550100", ExternalBehaviour.ANSWER)
                .defaultExternal(ExternalBehaviour.UNKNOWN)
                .build();

        assertThat(plan.classify("5550101")).isEqualTo(NumberKind.EXTERNAL_DEFAULT);
        assertThat(plan.isExternalNumber("5550101")).isFalse();
        assertThat(plan.isExternalNumber("5550100")).isTrue();
    }

    @Test
    void lookingUpSomethingNotInThePlanNamesIt() {
        SwitchPlan plan = office();

        assertThatThrownBy(() -> plan.terminalsOf("2009"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("'2009' is not a local address");
        assertThatThrownBy(() -> plan.addressesOf("desk-2009"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("'desk-2009' is not a terminal");
        assertThat(plan.isTerminal("desk-2002")).isTrue();
        assertThat(plan.isTerminal("2002")).isFalse();
    }

    @Test
    void nullArgumentsAreNamedInTheException() {
        SwitchPlan plan = office();

        assertThatThrownBy(() -> plan.classify(null)).isInstanceOf(NullPointerException.class).hasMessage("number");
        assertThatThrownBy(() -> plan.terminalsOf(null)).isInstanceOf(NullPointerException.class).hasMessage("address");
        assertThatThrownBy(() -> plan.addressesOf(null)).isInstanceOf(NullPointerException.class).hasMessage("name");
        assertThatThrownBy(() -> plan.isLocal(null)).isInstanceOf(NullPointerException.class).hasMessage("address");
    }

    @Test
    void returnedCollectionsCannotChangeThePlan() {
        SwitchPlan plan = office();

        assertThatThrownBy(() -> plan.addresses().add("9999")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> plan.terminalsOf("2002").clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> plan.externals().clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> plan.pickupGroups().get(0).members().clear())
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void plansDeclaringTheSameItemsInTheSameOrderAreEqual() {
        assertThat(office()).isEqualTo(office()).hasSameHashCodeAs(office());
        assertThat(SwitchPlan.builder().address("1").address("2").build())
                .isNotEqualTo(SwitchPlan.builder().address("2").address("1").build());
        assertThat(SwitchPlan.builder().address("1").build())
                .isNotEqualTo(SwitchPlan.builder().parkOrbit("1").build());
        assertThat(SwitchPlan.builder().defaultExternal(ExternalBehaviour.BUSY).build())
                .isNotEqualTo(SwitchPlan.builder().build());
    }

    @Test
    void toStringSummarisesThePlan() {
        assertThat(office()).hasToString("SwitchPlan[6 addresses, 3 terminals, 3 scripted external numbers"
                + " (others: no-answer), 1 pickup groups, 1 park orbits, 1 hunt groups, 1 route points]");
    }

    private static Map.Entry<String, ExternalBehaviour> entry(String number, ExternalBehaviour behaviour) {
        return Map.entry(number, behaviour);
    }
}
