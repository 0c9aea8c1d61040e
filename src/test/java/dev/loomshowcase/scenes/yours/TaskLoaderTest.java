package dev.loomshowcase.scenes.yours;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Loading a person's task by class, by static method and by URL, and refusing what cannot run, in one line. */
@Tag("slow")
class TaskLoaderTest {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    @TempDir
    static Path dir;
    static Path jar;
    static WireMockServer wireMock;

    @BeforeAll
    static void setUp() throws Exception {
        jar = PersonsCode.compile(dir);
        wireMock = new WireMockServer(options().dynamicPort().bindAddress("127.0.0.1"));
        wireMock.start();
        wireMock.stubFor(get(urlEqualTo("/report?id=7")).willReturn(aResponse().withStatus(200).withBody("hello")));
        wireMock.stubFor(get(urlEqualTo("/broken")).willReturn(aResponse().withStatus(503)));
    }

    @AfterAll
    static void tearDown() {
        wireMock.stop();
    }

    private static Object runOnce(TaskSource source) throws Exception {
        try (TaskFactory factory = TaskLoader.load(source, TIMEOUT)) {
            return factory.newTask().call();
        }
    }

    private static String refusal(String classPath, String name) {
        return assertThrows(TaskLoadException.class, () -> TaskLoader.load(TaskSource.ofCode(classPath, name), TIMEOUT).close())
                .getMessage();
    }

    @Test
    void runsARunnableFromAJar() throws Exception {
        assertNull(runOnce(TaskSource.ofCode(jar.toString(), "acme.Sleeper")));
    }

    @Test
    void runsACallableFromAClassDirectoryAndReturnsItsResult() throws Exception {
        assertEquals(42, runOnce(TaskSource.ofCode(dir.resolve("classes").toString(), "acme.Answer")));
    }

    @Test
    void runsAPublicStaticMethod() throws Exception {
        TaskSource source = TaskSource.ofCode(jar.toString(), "acme.Reports::build");
        assertEquals(TaskSource.Kind.METHOD, source.kind());
        assertEquals("report", runOnce(source));
    }

    @Test
    void travelsToTheChildAsParameters() throws Exception {
        TaskSource source = TaskSource.ofCode(jar.toString(), "acme.Reports::build");
        assertEquals(source, TaskSource.fromParams(source.toParams()));
    }

    @Test
    void loadingRunsNoneOfTheTasksCode() throws Exception {
        TaskLoader.load(TaskSource.ofCode(jar.toString(), "acme.Loud"), TIMEOUT).close();
    }

    @Test
    void aThrowingTaskNamesWhatItThrewAndWhereInOneLine() {
        var thrown = assertThrows(TaskFailedException.class, () -> runOnce(TaskSource.ofCode(jar.toString(), "acme.Boom")));
        String message = thrown.getMessage();
        assertTrue(message.startsWith("your task failed: acme.Boom threw java.lang.IllegalStateException: boom at acme.Boom.run(Boom.java:"),
                message);
        assertEquals(1, message.lines().count(), message);
        assertEquals(0, thrown.getStackTrace().length, "no stack trace to print");
    }

    @Test
    void refusesAMissingJar() {
        assertEquals("no such jar: /no/such/dir/acme.jar", refusal("/no/such/dir/acme.jar", "acme.Sleeper"));
    }

    @Test
    void refusesAMissingClass() {
        assertTrue(refusal(jar.toString(), "acme.Missing").startsWith("no such class: acme.Missing (looked in "));
    }

    @Test
    void refusesAClassWithoutAPublicNoArgumentConstructor() {
        assertEquals("acme.NoDefault has no public no-argument constructor", refusal(jar.toString(), "acme.NoDefault"));
    }

    @Test
    void refusesAClassThatIsNeitherRunnableNorCallable() {
        assertEquals("acme.Plain is neither a Runnable nor a Callable", refusal(jar.toString(), "acme.Plain"));
    }

    @Test
    void refusesAMethodThatIsMissingOrNotStatic() {
        assertEquals("acme.Reports has no public no-argument method nope", refusal(jar.toString(), "acme.Reports::nope"));
        assertTrue(refusal(jar.toString(), "acme.Reports::notStatic").contains("is not static"));
        assertTrue(refusal(jar.toString(), "acme.Reports::").startsWith("--method must look like"));
    }

    @Test
    @Timeout(30)
    void getsAUrl() throws Exception {
        URI url = URI.create(wireMock.baseUrl() + "/report?id=7");
        assertEquals(5, runOnce(TaskSource.ofUrl(url, false)));
        wireMock.verify(getRequestedFor(urlEqualTo("/report?id=7")));
    }

    @Test
    @Timeout(30)
    void aUrlThatAnswersAnErrorFailsTheTask() {
        URI url = URI.create(wireMock.baseUrl() + "/broken");
        var thrown = assertThrows(TaskFailedException.class, () -> runOnce(TaskSource.ofUrl(url, false)));
        assertTrue(thrown.getMessage().contains("GET " + url + " threw") && thrown.getMessage().contains("503"), thrown.getMessage());
    }

    @Test
    void refusesARemoteUrlUnlessAllowed() throws Exception {
        URI remote = URI.create("http://192.0.2.10/report");
        var refused = assertThrows(TaskLoadException.class, () -> TaskSource.ofUrl(remote, false));
        assertEquals("--url 192.0.2.10 is not a loopback address; pass --allow-remote to measure another host", refused.getMessage());
        assertEquals(TaskSource.Kind.URL, TaskSource.ofUrl(remote, true).kind());
    }
}
