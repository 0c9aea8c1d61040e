package dev.loomshowcase.scenes.yours;

import javax.tools.ToolProvider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;

/**
 * A person's own code for tests: small classes in package {@code acme}, compiled at test time into a
 * directory and a jar that are not on the test class path (so loading them proves the class path works).
 */
public final class PersonsCode {

    static final Map<String, String> SOURCES = Map.of(
            "Sleeper", "public class Sleeper implements Runnable { public void run() { try { Thread.sleep(5); } "
                    + "catch (InterruptedException e) { Thread.currentThread().interrupt(); } } }",
            "Answer", "public class Answer implements java.util.concurrent.Callable<Integer> { public Integer call() { return 42; } }",
            "Reports", "public class Reports { public static String build() { return \"report\"; } public String notStatic() { return \"\"; } }",
            "Boom", "public class Boom implements Runnable { public void run() { throw new IllegalStateException(\"boom\"); } }",
            "NoDefault", "public class NoDefault implements Runnable { public NoDefault(int n) { } public void run() { } }",
            "Plain", "public class Plain { }",
            "Hang", "public class Hang implements Runnable { public void run() { while (true) { try { Thread.sleep(60_000); } "
                    + "catch (InterruptedException e) { /* a task that will not stop */ } } } }",
            "Loud", "public class Loud implements Runnable { static { if (true) throw new IllegalStateException(\"init ran\"); } public void run() { } }");

    private PersonsCode() {
    }

    /** Compiles every source into {@code dir/classes} and packs them into {@code dir/acme.jar}; returns the jar. */
    public static Path compile(Path dir) throws IOException {
        Path src = Files.createDirectories(dir.resolve("src/acme"));
        List<String> args = new ArrayList<>(List.of("-d", dir.resolve("classes").toString()));
        for (var source : SOURCES.entrySet()) {
            Path file = src.resolve(source.getKey() + ".java");
            Files.writeString(file, "package acme;\n" + source.getValue() + "\n");
            args.add(file.toString());
        }
        OutputStream sink = new ByteArrayOutputStream();
        int rc = ToolProvider.getSystemJavaCompiler().run(null, sink, sink, args.toArray(String[]::new));
        if (rc != 0) {
            throw new IllegalStateException("javac failed: " + sink);
        }
        Path jar = dir.resolve("acme.jar");
        try (var out = new JarOutputStream(Files.newOutputStream(jar)); Stream<Path> files = Files.walk(dir.resolve("classes"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                out.putNextEntry(new JarEntry(dir.resolve("classes").relativize(file).toString()));
                out.write(Files.readAllBytes(file));
                out.closeEntry();
            }
        }
        return jar;
    }
}
