/**
 * The public scripting API of the sim backend, Dialtone's in-memory telephone switch: what the
 * switch contains ({@link org.dialtone.sim.SwitchPlan}, loadable from a switch description file),
 * how the parties beyond it behave ({@link org.dialtone.sim.ExternalBehaviour}), and the running
 * switch itself ({@link org.dialtone.sim.SimSwitch}), whose {@link org.dialtone.sim.Party parties}
 * a test scripts and plays, on a clock it controls ({@link org.dialtone.sim.ManualClock}). Tests and
 * CI jobs use it to set the scene for a JTAPI application; the application itself needs only
 * {@code javax.telephony}.
 *
 * <p>A test that makes a call nobody answers, without waiting 30 seconds:
 *
 * <pre>{@code
 * SwitchPlan plan = SwitchPlan.builder()
 *         .address("2001").terminal("2001", "2001")
 *         .external("5550100", ExternalBehaviour.answerAfter(Duration.ofSeconds(2)))
 *         .build();
 * ManualClock clock = new ManualClock();
 * SimSwitch lab = SimSwitch.create("lab", plan, clock);
 * Provider provider = peer.getProvider("sim;name=lab");
 *
 * lab.party("5550100").willNotAnswer();   // overrides the plan for this number
 * lab.party("2001").dial("5550100");      // the user at 2001 calls it: the far end rings
 * clock.advance(Duration.ofSeconds(30));  // the no-answer timeout ends: the call fails
 *
 * lab.call("5550199", "2001");            // a call comes in: 2001 rings
 * lab.party("2001").answer();             // its user picks up
 *
 * provider.shutdown();
 * lab.remove();
 * }</pre>
 */
package org.dialtone.sim;
