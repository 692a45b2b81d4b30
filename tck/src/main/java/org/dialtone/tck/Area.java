package org.dialtone.tck;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** Names the area of behaviour a test class covers; the report has one row per area. */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Area {
    /** The row's name, e.g. {@code "Hold"}. */
    String value();

    /** The JTAPI methods the area exercises, for the report. */
    String covers() default "";
}
