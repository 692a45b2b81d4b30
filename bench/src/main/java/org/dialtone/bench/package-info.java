/**
 * Benchmarks of the Dialtone provider on the sim switch and over SIP, apart from the tests: how
 * many call cycles a second it runs ({@link org.dialtone.bench.CallCycleBenchmark}, JMH), how long
 * events take to reach a listener under a fixed offered load ({@link org.dialtone.bench.EventLatency}),
 * what a held call costs in heap and in set-up and tear-down time ({@link org.dialtone.bench.HeldCalls}),
 * and how many calls a second a sip provider answers and makes against SIPp, beside SIPp against
 * itself ({@link org.dialtone.bench.SipCalls}).
 * {@link org.dialtone.bench.RunBenchmarks} runs them all and writes their figures to
 * {@code bench/results/}.
 *
 * <p>The benchmarks drive the provider through {@code javax.telephony} and the sim's public
 * scripting API (or SIPp), as an application and a CI test would; they look inside only to check,
 * after a run, that the provider holds nothing.
 */
package org.dialtone.bench;
