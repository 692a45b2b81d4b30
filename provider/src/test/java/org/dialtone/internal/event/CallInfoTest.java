package org.dialtone.internal.event;

import static org.assertj.core.api.Assertions.assertThat;

import javax.telephony.Address;
import javax.telephony.Terminal;
import org.junit.jupiter.api.Test;

class CallInfoTest {
    private final Address alice = Doubles.named(Address.class, "1001");
    private final Terminal aliceDesk = Doubles.named(Terminal.class, "desk-1001");
    private final Address bob = Doubles.named(Address.class, "1002");
    private final Address carol = Doubles.named(Address.class, "1003");

    @Test
    void gettersReturnThePartiesGiven() {
        CallInfo info = new CallInfo(alice, aliceDesk, bob, carol);

        assertThat(info.getCallingAddress()).isSameAs(alice);
        assertThat(info.getCallingTerminal()).isSameAs(aliceDesk);
        assertThat(info.getCalledAddress()).isSameAs(bob);
        assertThat(info.getLastRedirectedAddress()).isSameAs(carol);
    }

    @Test
    void noneKnowsNoParty() {
        assertThat(CallInfo.NONE.getCallingAddress()).isNull();
        assertThat(CallInfo.NONE.getCallingTerminal()).isNull();
        assertThat(CallInfo.NONE.getCalledAddress()).isNull();
        assertThat(CallInfo.NONE.getLastRedirectedAddress()).isNull();
        assertThat(CallInfo.NONE).isEqualTo(new CallInfo(null, null, null, null));
    }

    @Test
    void withMethodsReplaceOnePartyAndLeaveTheOriginalAlone() {
        CallInfo placed = CallInfo.NONE.withCalling(alice, aliceDesk).withCalledAddress(bob);
        CallInfo redirected = placed.withLastRedirectedAddress(bob).withCalledAddress(carol);

        assertThat(placed).isEqualTo(new CallInfo(alice, aliceDesk, bob, null));
        assertThat(redirected).isEqualTo(new CallInfo(alice, aliceDesk, carol, bob));
        assertThat(CallInfo.NONE).isEqualTo(new CallInfo(null, null, null, null));
    }

    @Test
    void equalsAndHashCodeCompareEveryParty() {
        CallInfo info = new CallInfo(alice, aliceDesk, bob, null);

        assertThat(info).isEqualTo(new CallInfo(alice, aliceDesk, bob, null))
                .hasSameHashCodeAs(new CallInfo(alice, aliceDesk, bob, null))
                .isNotEqualTo(new CallInfo(alice, null, bob, null))
                .isNotEqualTo(new CallInfo(alice, aliceDesk, carol, null))
                .isNotEqualTo(new CallInfo(alice, aliceDesk, bob, carol))
                .isNotEqualTo(null);
    }

    @Test
    void toStringListsOnlyKnownParties() {
        assertThat(new CallInfo(alice, null, bob, null))
                .hasToString("CallInfo[calling=1001 called=1002]");
        assertThat(new CallInfo(alice, aliceDesk, bob, carol)).hasToString(
                "CallInfo[calling=1001 callingTerminal=desk-1001 called=1002 lastRedirected=1003]");
        assertThat(CallInfo.NONE).hasToString("CallInfo[none]");
    }
}
