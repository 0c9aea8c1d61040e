package dev.loomshowcase.scenes.yours;

import java.io.File;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a person's own task comes from: a class ({@code Runnable} or {@code Callable}), a public
 * static no-argument method, or an HTTP GET. It travels to each cell's child JVM as parameters.
 *
 * <p>Why checked here, in the parent: bad input (no such jar, a remote URL) must be refused in one
 * line before any child JVM starts.
 *
 * @param kind      what the task is
 * @param classPath the person's class path entries (absolute), empty for the showcase's own class path
 * @param name      the class name ({@code CLASS}) or {@code com.acme.Reports::build} ({@code METHOD}); null for URL
 * @param url       the URL to GET ({@code URL}); null otherwise
 */
public record TaskSource(Kind kind, List<String> classPath, String name, URI url) {

    /** The parameter names a cell carries. */
    static final String KIND = "task.kind";
    static final String CLASS_PATH = "task.classpath";
    static final String NAME = "task.name";
    static final String URL = "task.url";

    /** The three ways to name a task. */
    public enum Kind { CLASS, METHOD, URL }

    public TaskSource {
        classPath = classPath == null ? List.of() : List.copyOf(classPath);
    }

    /**
     * A class or static method found on {@code classPath} (entries separated by the platform's path
     * separator; null or blank for the showcase's own class path).
     *
     * @throws TaskLoadException when an entry does not exist or the name is malformed
     */
    public static TaskSource ofCode(String classPath, String name) throws TaskLoadException {
        List<String> entries = new ArrayList<>();
        if (classPath != null) {
            for (String entry : classPath.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    entries.add(existing(entry));
                }
            }
        }
        if (name.contains("::")) {
            String[] parts = name.split("::", -1);
            if (parts.length != 2 || parts[0].isBlank() || parts[1].isBlank()) {
                throw new TaskLoadException("--method must look like com.acme.Reports::build, got '" + name + "'");
            }
            return new TaskSource(Kind.METHOD, entries, name, null);
        }
        return new TaskSource(Kind.CLASS, entries, name, null);
    }

    /**
     * An HTTP GET of {@code url}; loopback only unless {@code allowRemote}, as {@code load} does.
     *
     * @throws TaskLoadException when the URL is not http(s) or names another host without permission
     */
    public static TaskSource ofUrl(URI url, boolean allowRemote) throws TaskLoadException {
        if (url.getScheme() == null || !url.getScheme().matches("https?") || url.getHost() == null) {
            throw new TaskLoadException("--url must be an http:// URL with a host, got '" + url + "'");
        }
        if (!allowRemote && !isLoopback(url.getHost())) {
            throw new TaskLoadException("--url " + url.getHost() + " is not a loopback address; pass --allow-remote to measure another host");
        }
        return new TaskSource(Kind.URL, List.of(), null, url);
    }

    /** What the task is, in a few words: {@code acme.Sleeper}, {@code GET http://...}. */
    public String label() {
        return kind == Kind.URL ? "GET " + url : name;
    }

    /** The cell parameters that carry this source to a child JVM. */
    public Map<String, String> toParams() {
        Map<String, String> params = new HashMap<>();
        params.put(KIND, kind.name());
        params.put(CLASS_PATH, String.join(File.pathSeparator, classPath));
        if (name != null) {
            params.put(NAME, name);
        }
        if (url != null) {
            params.put(URL, url.toString());
        }
        return params;
    }

    /** The source a cell's parameters describe. */
    static TaskSource fromParams(Map<String, String> params) {
        String path = params.getOrDefault(CLASS_PATH, "");
        List<String> entries = path.isEmpty() ? List.of() : List.of(path.split(File.pathSeparator));
        String url = params.get(URL);
        return new TaskSource(Kind.valueOf(params.get(KIND)), entries, params.get(NAME), url == null ? null : URI.create(url));
    }

    private static String existing(String entry) throws TaskLoadException {
        Path path = Path.of(entry).toAbsolutePath().normalize();
        if (!Files.exists(path)) {
            throw new TaskLoadException((entry.endsWith(".jar") ? "no such jar: " : "no such class path entry: ") + entry);
        }
        return path.toString();
    }

    private static boolean isLoopback(String host) throws TaskLoadException {
        try {
            String bare = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
            return InetAddress.getByName(bare).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw new TaskLoadException("--url names an unknown host '" + host + "'");
        }
    }
}
