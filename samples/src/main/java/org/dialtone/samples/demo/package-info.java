/**
 * The demo behind README's run command: a sim switch, the attendant console driven through a
 * scripted story, the call monitor printing its events, and a summary. Unlike the samples it may
 * use {@code org.dialtone.sim}, to play the people at the other phones.
 */
package org.dialtone.samples.demo;
