/**
 * Dialtone's entry points: the JTAPI peer and the provider string an application passes to it.
 */
package org.dialtone;
