package dev.loomshowcase.cli;

import dev.loomshowcase.report.ClaimCheck;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code showcase verify REPORT.json}: re-reads each claim's numbers through its JSON Pointers and
 * checks each comparison. Exit 0 with {@code N claims, all hold}; exit 1 listing each claim that does
 * not hold with its numbers; exit 2 when the file is missing or not JSON.
 */
@Command(name = "verify", mixinStandardHelpOptions = true,
        description = "Re-check every claim of a report.json against the report's own numbers.")
final class VerifyCommand implements Callable<Integer> {

    @Parameters(paramLabel = "REPORT.json", description = "A report written by the main job.")
    Path report;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (!Files.isRegularFile(report)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such file: " + report);
        }
        ClaimCheck.Result result;
        try {
            result = ClaimCheck.check(report);
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), report + " is not JSON: " + e.getOriginalMessage());
        }
        return print(result, spec.commandLine().getOut());
    }

    /** Prints the outcome and returns the exit code. */
    static int print(ClaimCheck.Result result, PrintWriter out) {
        if (result.allHold()) {
            out.println(result.claims() + " claims, all hold");
            out.flush();
            return CommandLine.ExitCode.OK;
        }
        out.println(result.claims() + " claims, " + result.failures().size() + " do not hold:");
        result.failures().forEach(f -> out.println("- " + f));
        out.flush();
        return CommandLine.ExitCode.SOFTWARE;
    }
}
