package org.dialtone.tck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The provider features a test (or every test of a class) exercises. If the provider's static
 * capabilities deny one, the test is reported "not supported" without running; if they claim all,
 * the test runs and any misbehaviour, MethodNotSupportedException included, fails it.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Requires {
    /** The features exercised. */
    Feature[] value();
}
