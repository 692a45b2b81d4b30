package org.dialtone.sim;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A switch description file could not be read or has a wrong line. The message stands on its own:
 * it names the file, the line number when a line is at fault, and what was wrong, e.g.
 * {@code lab.plan:7: terminal 'desk' names unknown address '2009'}.
 */
public class SwitchPlanException extends IllegalArgumentException {

    private final transient Path file;
    private final int line;

    SwitchPlanException(Path file, int line, String problem, Throwable cause) {
        super(line > 0 ? file + ":" + line + ": " + problem : file + ": " + problem, cause);
        this.file = Objects.requireNonNull(file, "file");
        this.line = line;
    }

    /** The file at fault. */
    public Path file() {
        return file;
    }

    /** The number of the line at fault, counting from 1; 0 when the file as a whole is at fault. */
    public int line() {
        return line;
    }
}
