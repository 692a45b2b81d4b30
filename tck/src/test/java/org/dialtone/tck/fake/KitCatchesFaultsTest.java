package org.dialtone.tck.fake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.dialtone.tck.run.Outcome;
import org.dialtone.tck.run.TckResult;
import org.dialtone.tck.run.TckRunner;
import org.dialtone.tck.run.TestRecord;
import org.junit.jupiter.api.Test;

/**
 * The kit tested against a provider known to be wrong: Dialtone behind a membrane that makes one
 * mistake at a time. The kit must fail exactly the tests that look at what is wrong, and pass the
 * same tests when the membrane makes no mistake.
 */
class KitCatchesFaultsTest {

    private static TckResult run(String faults, String classes) {
        return TckRunner.run(new FaultyHarness(faults), TckRunner.Options.inMemory().only(classes));
    }

    private static TestRecord record(TckResult result, String test) {
        return result.records().stream().filter(r -> r.test().equals(test + "()")).findFirst()
                .orElseThrow(() -> new AssertionError("no kit test " + test + " in " + result.records()));
    }

    private static List<TestRecord> failed(TckResult result) {
        return result.with(Outcome.FAILED);
    }

    @Test
    void theMembraneAloneBreaksNothing() {
        TckResult result = run("", "ObserverEventsTest|DropTest|HoldTest");

        assertThat(failed(result)).as("kit tests failed against an honest wrapper").isEmpty();
        assertThat(result.count(Outcome.PASSED)).isGreaterThan(30);
        assertThat(result.byArea().get("Hold").get(Outcome.PASSED)).as("Dialtone holds, through the membrane too")
                .isEqualTo(8);
    }

    @Test
    void aWrongEventOrderIsCaught() {
        TckResult result = run("reversed-batches", "ObserverEventsTest");

        TestRecord first = record(result, "callActiveIsTheFirstEventOfACall");
        assertThat(first.outcome()).isEqualTo(Outcome.FAILED);
        TestRecord sequence = record(result, "theCallersConnectionIsCreatedConnectedThenDisconnected");
        assertThat(sequence.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(sequence.message()).contains("wrong event sequence for the caller's connection",
                "expected ConnCreatedEv ConnConnectedEv ConnDisconnectedEv");
        assertThat(record(result, "eachDeliveryStartsANewMetaGroup").outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aWrongFinalStateIsCaught() {
        TckResult result = run("forgets-disconnect", "DropTest");

        TestRecord caller = record(result, "disconnectingTheCallerDisconnectsItAndDropsItsTerminalWhenItReturns");
        assertThat(caller.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(caller.message()).contains("core state of the connection at 1001", "DISCONNECTED", "CONNECTED");
        assertThat(record(result, "dropEndsTheCallWhenItReturns").outcome()).isEqualTo(Outcome.FAILED);
    }

    @Test
    void aClaimedFeatureThatThrowsMethodNotSupportedFailsRatherThanBeingNotSupported() {
        TckResult result = run("claims-hold", "HoldTest");

        assertThat(result.count(Outcome.NOT_SUPPORTED)).as("hold tests reported not supported").isZero();
        TestRecord hold = record(result, "holdMovesATalkingTerminalToHeldWhenItReturns");
        assertThat(hold.outcome()).isEqualTo(Outcome.FAILED);
        assertThat(hold.message()).contains("MethodNotSupportedException", "HOLD", "which its capabilities claim");
    }

    @Test
    void faultsInOneAreaLeaveTheOthersGreen() {
        TckResult result = run("claims-hold", "DropTest|TerminateTest");

        assertThat(failed(result)).isEmpty();
    }
}
