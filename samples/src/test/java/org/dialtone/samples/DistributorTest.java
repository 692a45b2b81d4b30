package org.dialtone.samples;

import static org.assertj.core.api.Assertions.assertThat;

import org.dialtone.sim.SwitchPlan;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DistributorTest {
    private static final String HEADER =
            "distributing the calls to %s over 2001, 2002, 2003 (round robin, skipping busy agents); end of input stops";

    private final TestSwitch lab = new TestSwitch(SwitchPlan.builder()
            .address("1001").address("2000").address("2001").address("2002").address("2003")
            .terminal("1001", "1001").terminal("2000", "2000")
            .terminal("agent-2001", "2001").terminal("agent-2002", "2002").terminal("agent-2003", "2003")
            .routePoint("4000")
            .build());
    private SampleRun distributor;

    @AfterEach
    void stop() {
        if (distributor != null) {
            distributor.close();
        }
        lab.close();
    }

    private void distribute(String queue) {
        distributor = SampleRun.start(Distributor::run, TestSwitch.PEER, lab.providerString(), queue,
                "2001", "2002", "2003");
        distributor.out.await(String.format(HEADER, queue));
    }

    @Test
    void callsToARoutePointGoToTheAgentsInTurn() {
        distribute("4000");

        lab.sim.call("5550100", "4000");
        distributor.out.await("call #1 from 5550100 -> 2001");
        lab.sim.call("5550101", "4000");
        distributor.out.await("call #2 from 5550101 -> 2002");
        lab.sim.call("5550102", "4000");
        distributor.out.await("call #3 from 5550102 -> 2003");
        distributor.endInput();

        assertThat(distributor.awaitExit()).isZero();
        assertThat(distributor.out.lines()).containsExactly(String.format(HEADER, "4000"),
                "call #1 from 5550100 -> 2001", "call #2 from 5550101 -> 2002", "call #3 from 5550102 -> 2003",
                "distributed 3 calls");
    }

    @Test
    void busyAgentsAreSkippedAndACallWaitsWhileEveryAgentIsBusy() {
        distribute("4000");
        lab.party("2002").dial("1001"); // 2002 makes a call of its own: busy

        lab.sim.call("5550100", "4000");
        distributor.out.await("call #1 from 5550100 -> 2001");
        lab.sim.call("5550101", "4000");
        distributor.out.await("call #2 from 5550101 -> 2003 (busy: 2002)");
        lab.sim.call("5550102", "4000");
        distributor.out.await("call #3 from 5550102 waits: every agent is busy");
        lab.party("2001").answer();
        lab.party("2001").hangUp(); // 2001 is free again, and next in turn after 2003
        distributor.out.await("call #3 from 5550102 -> 2001");
        distributor.endInput();

        assertThat(distributor.awaitExit()).isZero();
        assertThat(distributor.out.lines()).containsExactly(String.format(HEADER, "4000"),
                "call #1 from 5550100 -> 2001", "call #2 from 5550101 -> 2003 (busy: 2002)",
                "call #3 from 5550102 waits: every agent is busy", "call #3 from 5550102 -> 2001", "distributed 3 calls");
    }

    @Test
    void callsRingingAtAnObservedAddressAreRedirectedToo() {
        distribute("2000");

        lab.sim.call("5550100", "2000");
        distributor.out.await("call #1 from 5550100 -> 2001");
        lab.party("2001").answer();
        lab.sim.call("5550101", "2000");
        distributor.out.await("call #2 from 5550101 -> 2002");
        distributor.endInput();

        assertThat(distributor.awaitExit()).isZero();
    }

    @Test
    void aCallerWhoHangsUpWhileWaitingLeavesTheQueue() {
        distribute("4000");
        for (String agent : new String[] {"2001", "2002", "2003"}) {
            lab.party(agent).dial("555" + agent); // every agent is on a call of its own
        }

        lab.party("1001").dial("4000");
        distributor.out.await("from 1001 waits: every agent is busy");
        lab.party("1001").hangUp();
        distributor.out.await("from 1001 left the queue");
        distributor.endInput();

        assertThat(distributor.awaitExit()).isZero();
        assertThat(distributor.out.lines()).last().isEqualTo("distributed 0 calls");
    }

    @Test
    void aCommandLineWithoutAgentsPrintsTheUsage() {
        distributor = SampleRun.start(Distributor::run, TestSwitch.PEER, lab.providerString(), "4000");

        assertThat(distributor.awaitExit()).isEqualTo(SampleArgs.EXIT_USAGE);
        assertThat(distributor.err.lines()).contains("usage: Distributor PEER PROVIDER-STRING QUEUE AGENT...");
    }
}
