package dev.loomshowcase.cli;

import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;

/**
 * One run of the command line as a test sees it: the exit code and what went to stdout and stderr.
 *
 * @param code the exit code
 * @param out  what the command printed on stdout
 * @param err  what it printed on stderr
 */
record CliRun(int code, String out, String err) {

    /** Runs {@code showcase ARGS} in this JVM, capturing both streams. */
    static CliRun of(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = Main.commandLine();
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        int code = cmd.execute(args);
        return new CliRun(code, out.toString(), err.toString());
    }
}
