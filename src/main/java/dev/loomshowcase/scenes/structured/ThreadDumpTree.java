package dev.loomshowcase.scenes.structured;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

/**
 * The structured scopes of a JSON thread dump ({@code jcmd <pid> Thread.dump_to_file -format=json},
 * or {@code HotSpotDiagnosticMXBean.dumpThreads}), as a tree: each scope is a thread container with
 * a parent container and an owner thread, and its forked threads are the container's threads.
 *
 * <p>Only containers that have an owner (scopes) are drawn; pools and the root are left out.
 */
public record ThreadDumpTree(List<Container> scopes) {

    /** Reads the {@code threadDump.threadContainers} of a JSON thread dump. */
    public static ThreadDumpTree parse(JsonNode dump) {
        JsonNode containers = dump.path("threadDump").path("threadContainers");
        List<Container> scopes = StreamSupport.stream(containers.spliterator(), false)
                .filter(c -> !c.path("owner").isNull() && !c.path("owner").isMissingNode())
                .map(Container::of)
                .toList();
        return new ThreadDumpTree(scopes);
    }

    /** The depth of the deepest scope: 1 for a lone scope, 2 for a scope inside a scope... */
    public int depth() {
        Map<String, Container> byName = byName();
        return scopes.stream().mapToInt(c -> depthOf(c, byName)).max().orElse(0);
    }

    /** The tree as indented lines, roots first, each scope followed by its threads and its child scopes. */
    public List<String> render() {
        Map<String, Container> byName = byName();
        List<String> lines = new ArrayList<>();
        scopes.stream().filter(c -> !byName.containsKey(c.parent())).forEach(root -> render(root, "", lines));
        return lines;
    }

    private void render(Container scope, String indent, List<String> lines) {
        lines.add(indent + "scope " + scope.label() + " (owner #" + scope.owner() + ", " + scope.threads().size() + " threads)");
        scope.threads().forEach(t -> lines.add(indent + "  - " + t));
        scopes.stream().filter(c -> c.parent().equals(scope.name())).forEach(child -> render(child, indent + "  ", lines));
    }

    private Map<String, Container> byName() {
        return scopes.stream().collect(Collectors.toMap(Container::name, Function.identity(), (a, b) -> a));
    }

    private static int depthOf(Container c, Map<String, Container> byName) {
        int depth = 1;
        for (Container p = byName.get(c.parent()); p != null && depth < 64; p = byName.get(p.parent())) {
            depth++;
        }
        return depth;
    }

    /**
     * One scope: its container name, its parent container, its owner thread id and its threads.
     *
     * @param threads one line per thread: id, kind, state and the top frame of its own code
     */
    public record Container(String name, String parent, String owner, List<String> threads) {

        static Container of(JsonNode node) {
            List<String> threads = StreamSupport.stream(node.path("threads").spliterator(), false)
                    .map(Container::describe)
                    .toList();
            return new Container(node.path("container").asText(), node.path("parent").asText(),
                    node.path("owner").asText(), threads);
        }

        /** The name given with {@code cfg.withName}, or the implementation's name when none was given. */
        public String label() {
            int slash = name.indexOf('/');
            return slash > 0 ? name.substring(0, slash) : name.replaceAll("^.*\\.", "");
        }

        private static String describe(JsonNode thread) {
            String kind = thread.path("virtual").asBoolean(false) ? "virtual" : "platform";
            String frame = StreamSupport.stream(thread.path("stack").spliterator(), false)
                    .map(JsonNode::asText)
                    .filter(f -> f.startsWith("dev.loomshowcase"))
                    .findFirst()
                    .map(f -> f.replaceAll("\\(.*", "").replace("dev.loomshowcase.", ""))
                    .orElse("-");
            return "#" + thread.path("tid").asText() + " " + kind + " " + thread.path("state").asText() + " in " + frame;
        }
    }
}
