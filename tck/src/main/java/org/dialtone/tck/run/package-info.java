/**
 * Running the kit: {@link org.dialtone.tck.run.TckRunner} runs the area tests against a harness
 * through the JUnit Platform Launcher, writes JUnit XML with the platform's legacy XML listener and
 * the human report ({@link org.dialtone.tck.run.TckReport}); {@link org.dialtone.tck.run.Main} is
 * the command line around it.
 */
package org.dialtone.tck.run;
