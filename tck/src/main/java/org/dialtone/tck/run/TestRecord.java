package org.dialtone.tck.run;

/**
 * One kit test's result.
 *
 * @param area the report row it counts in
 * @param testClass the test class's simple name
 * @param test the test's name
 * @param outcome how it ended
 * @param message why it failed or did not run; empty when it passed
 */
public record TestRecord(String area, String testClass, String test, Outcome outcome, String message) {
    /** The first line of the message, for one-line listings. */
    public String firstLine() {
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
