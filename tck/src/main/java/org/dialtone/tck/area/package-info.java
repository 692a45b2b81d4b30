/**
 * The kit's tests, one class per area of behaviour; {@link org.dialtone.tck.area.Areas} lists them
 * in report order. Each asserts what the JTAPI 1.4 specification says: states after each step,
 * event sequences for observers and listeners, post-conditions of synchronous methods, exceptions
 * for illegal uses and that nothing changed after one.
 */
package org.dialtone.tck.area;
