/**
 * Runnable JTAPI applications that use only {@code javax.telephony}, so they run on Dialtone's sim
 * and sip backends and on any other vendor's provider: {@link org.dialtone.samples.CallMonitor},
 * {@link org.dialtone.samples.ClickToDial}, {@link org.dialtone.samples.AttendantConsole} and
 * {@link org.dialtone.samples.Distributor}. Each {@code main} takes the peer class name, the
 * provider string and the addresses to use ({@link org.dialtone.samples.SampleArgs}).
 */
package org.dialtone.samples;
