package org.dialtone.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SwitchPlanBuilderTest {

    /** Two lines, a phone, a park orbit, a scripted number and a pickup group to collide with. */
    private static SwitchPlan.Builder base() {
        return SwitchPlan.builder()
                .address("2001").address("2002")
                .terminal("2001", "2001")
                .parkOrbit("7001")
                .external("5550100", ExternalBehaviour.BUSY)
                .pickupGroup("sales", "2001")
                .defaultExternal(ExternalBehaviour.BUSY);
    }

    private static Arguments rejected(String description, Consumer<SwitchPlan.Builder> step, String message) {
        return Arguments.of(description, step, message);
    }

    static Stream<Arguments> rejectedSteps() {
        return Stream.of(
                rejected("address declared twice", b -> b.address("2001"),
                        "address '2001' is already declared as a plain address"),
                rejected("park orbit on a plain address", b -> b.parkOrbit("2001"),
                        "address '2001' is already declared as a plain address"),
                rejected("address on a park orbit", b -> b.address("7001"),
                        "address '7001' is already declared as a park orbit"),
                rejected("route point on a park orbit", b -> b.routePoint("7001"),
                        "address '7001' is already declared as a park orbit"),
                rejected("hunt group on a plain address", b -> b.huntGroup("2001", HuntPolicy.LINEAR, "2002"),
                        "address '2001' is already declared as a plain address"),
                rejected("address that is an external number", b -> b.address("5550100"),
                        "address '5550100' is already declared as an external number"),
                rejected("empty address name", b -> b.address(""),
                        "address name is empty"),
                rejected("address name with a space", b -> b.address("20 01"),
                        "address name '20 01' is not a single word: it contains whitespace, a control character or '#'"),
                rejected("address name with a hash", b -> b.address("20#1"),
                        "address name '20#1' is not a single word: it contains whitespace, a control character or '#'"),
                rejected("terminal name with a tab", b -> b.terminal("desk\t1", "2001"),
                        "terminal name 'desk\t1' is not a single word: it contains whitespace, a control character or '#'"),
                rejected("terminal declared twice", b -> b.terminal("2001", "2002"),
                        "terminal '2001' is already declared"),
                rejected("terminal without addresses", b -> b.terminal("desk"),
                        "terminal 'desk' needs at least one address"),
                rejected("terminal on an unknown address", b -> b.terminal("desk", "2001", "2009"),
                        "terminal 'desk' names unknown address '2009'"),
                rejected("terminal on a park orbit", b -> b.terminal("desk", "7001"),
                        "terminal 'desk' names '7001', which is a park orbit; only plain addresses can be named here"),
                rejected("terminal naming an address twice", b -> b.terminal("desk", "2001", "2001"),
                        "terminal 'desk' names address '2001' twice"),
                rejected("external number that is local", b -> b.external("2001", ExternalBehaviour.ANSWER),
                        "external number '2001' is a local address"),
                rejected("external number declared twice", b -> b.external("5550100", ExternalBehaviour.ANSWER),
                        "external number '5550100' is already declared"),
                rejected("external number with a dash", b -> b.external("555-0100", ExternalBehaviour.ANSWER),
                        "external number '555-0100' must consist of digits only"),
                rejected("empty external number", b -> b.external("", ExternalBehaviour.ANSWER),
                        "external number '' must consist of digits only"),
                rejected("default external set twice", b -> b.defaultExternal(ExternalBehaviour.ANSWER),
                        "the default external behaviour is already set (to busy)"),
                rejected("pickup group declared twice", b -> b.pickupGroup("sales", "2002"),
                        "pickup group 'sales' is already declared"),
                rejected("empty pickup group name", b -> b.pickupGroup("", "2002"),
                        "pickup group name is empty"),
                rejected("pickup group without members", b -> b.pickupGroup("support"),
                        "pickup group 'support' needs at least one address"),
                rejected("pickup group naming an unknown address", b -> b.pickupGroup("support", "2009"),
                        "pickup group 'support' names unknown address '2009'"),
                rejected("address in two pickup groups", b -> b.pickupGroup("support", "2002", "2001"),
                        "pickup group 'support' names '2001', which is already in pickup group 'sales'"),
                rejected("hunt group without members", b -> b.huntGroup("3000", HuntPolicy.LINEAR),
                        "hunt group '3000' needs at least one address"),
                rejected("hunt group naming an unknown address", b -> b.huntGroup("3000", HuntPolicy.LINEAR, "2009"),
                        "hunt group '3000' names unknown address '2009'"),
                rejected("hunt group naming a park orbit", b -> b.huntGroup("3000", HuntPolicy.LINEAR, "7001"),
                        "hunt group '3000' names '7001', which is a park orbit; only plain addresses can be named here"),
                rejected("hunt group naming a member twice", b -> b.huntGroup("3000", HuntPolicy.LINEAR, "2001", "2001"),
                        "hunt group '3000' names address '2001' twice"),
                rejected("park recall of zero", b -> b.parkRecall(Duration.ZERO),
                        "park recall time PT0S must be positive"),
                rejected("negative park recall", b -> b.parkRecall(Duration.ofSeconds(-1)),
                        "park recall time PT-1S must be positive"),
                rejected("park recall of a part of a millisecond", b -> b.parkRecall(Duration.ofNanos(1_500_000)),
                        "park recall time PT0.0015S is not a whole number of milliseconds"),
                rejected("park recall longer than a year", b -> b.parkRecall(Duration.ofDays(400)),
                        "park recall time PT9600H is longer than a year"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedSteps")
    void stepThatDoesNotFitIsRejectedNamingTheItem(String description, Consumer<SwitchPlan.Builder> step, String message) {
        SwitchPlan.Builder builder = base();

        assertThatThrownBy(() -> step.accept(builder))
                .isExactlyInstanceOf(IllegalArgumentException.class)
                .hasMessage(message);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rejectedSteps")
    void rejectedStepLeavesTheBuilderAsItWas(String description, Consumer<SwitchPlan.Builder> step, String message) {
        SwitchPlan.Builder builder = base();
        try {
            step.accept(builder);
        } catch (IllegalArgumentException expected) {
            // the point is what the builder holds afterwards
        }

        assertThat(builder.build()).isEqualTo(base().build());
    }

    @Test
    void nullArgumentsAreNamedInTheException() {
        SwitchPlan.Builder builder = base();

        assertThatThrownBy(() -> builder.address(null)).isInstanceOf(NullPointerException.class)
                .hasMessage("address name");
        assertThatThrownBy(() -> builder.terminal(null, "2001")).isInstanceOf(NullPointerException.class)
                .hasMessage("terminal name");
        assertThatThrownBy(() -> builder.terminal("desk", (String) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("address");
        assertThatThrownBy(() -> builder.terminal("desk", (String[]) null)).isInstanceOf(NullPointerException.class)
                .hasMessage("addresses");
        assertThatThrownBy(() -> builder.external(null, ExternalBehaviour.BUSY)).isInstanceOf(NullPointerException.class)
                .hasMessage("number");
        assertThatThrownBy(() -> builder.external("5550101", null)).isInstanceOf(NullPointerException.class)
                .hasMessage("behaviour");
        assertThatThrownBy(() -> builder.huntGroup("3000", null, "2001")).isInstanceOf(NullPointerException.class)
                .hasMessage("policy");
    }

    @Test
    void parkRecallDefaultsToAMinuteAndMayBeSetOnce() {
        assertThat(base().build().parkRecall()).isEqualTo(SwitchPlan.DEFAULT_PARK_RECALL).isEqualTo(Duration.ofMinutes(1));
        SwitchPlan.Builder builder = base().parkRecall(Duration.ofSeconds(20));

        assertThat(builder.build().parkRecall()).isEqualTo(Duration.ofSeconds(20));
        assertThat(builder.build()).isNotEqualTo(base().build());
        assertThatThrownBy(() -> builder.parkRecall(Duration.ofSeconds(30))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the park recall time is already set (to 20000ms)");
        assertThatThrownBy(() -> builder.parkRecall(null)).isInstanceOf(NullPointerException.class).hasMessage("delay");
    }

    @Test
    void namesMayBeWordsOtherThanDigits() {
        SwitchPlan plan = SwitchPlan.builder().address("alice").terminal("Alice's-phone", "alice").build();

        assertThat(plan.addresses()).containsExactly("alice");
        assertThat(plan.terminals()).containsExactly("Alice's-phone");
    }

    @Test
    void terminalMayShareItsNameWithAnAddress() {
        SwitchPlan plan = SwitchPlan.builder().address("2001").address("2002").terminal("2002", "2001").build();

        assertThat(plan.addressesOf("2002")).containsExactly("2001");
        assertThat(plan.terminalsOf("2002")).isEmpty();
    }

    @Test
    void builderCanGoOnAfterBuildWithoutChangingTheBuiltPlan() {
        SwitchPlan.Builder builder = SwitchPlan.builder().address("2001").terminal("2001", "2001");
        SwitchPlan first = builder.build();

        builder.address("2002").terminal("desk", "2001", "2002");

        assertThat(first.addresses()).containsExactly("2001");
        assertThat(first.terminalsOf("2001")).containsExactly("2001");
        assertThat(builder.build().terminalsOf("2001")).containsExactly("2001", "desk");
    }

    @Test
    void emptyBuilderGivesAnEmptyPlan() {
        SwitchPlan plan = SwitchPlan.builder().build();

        assertThat(plan.addresses()).isEmpty();
        assertThat(plan.terminals()).isEmpty();
        assertThat(plan.isExternalNumber("1001")).isTrue();
    }
}
