/**
 * The harness SPI: how a provider under test is described to the kit. A {@link
 * org.dialtone.tck.spi.Harness} names the peer, the provider string and the lines the kit may use;
 * an optional {@link org.dialtone.tck.spi.FarEnd} plays the people and networks the application does
 * not control. {@link org.dialtone.tck.spi.PropertiesHarness} reads a harness from a properties
 * file, for the command line.
 */
package org.dialtone.tck.spi;
