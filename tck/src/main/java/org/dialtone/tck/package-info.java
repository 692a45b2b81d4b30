/**
 * The conformance kit's core: {@link org.dialtone.tck.TckTest}, the base of every test class, and
 * the JUnit extension behind it that opens a fresh provider from the harness for each test, skips
 * what the harness lacks, reports what the provider declares unsupported ({@link
 * org.dialtone.tck.Feature}, {@link org.dialtone.tck.Requires}) and fails what it claims but does
 * not do. Everything here uses {@code javax.telephony}, JUnit 5 and AssertJ only.
 */
package org.dialtone.tck;
