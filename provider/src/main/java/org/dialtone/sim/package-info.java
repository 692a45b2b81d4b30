/**
 * The public scripting API of the sim backend, Dialtone's in-memory telephone switch: what the
 * switch contains ({@link org.dialtone.sim.SwitchPlan}, loadable from a switch description file)
 * and how the parties beyond it behave ({@link org.dialtone.sim.ExternalBehaviour}). Tests and CI
 * jobs use it to set the scene for a JTAPI application; the application itself needs only
 * {@code javax.telephony}.
 */
package org.dialtone.sim;
