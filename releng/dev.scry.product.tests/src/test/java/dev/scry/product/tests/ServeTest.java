package dev.scry.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code scry serve} in the product, with the real {@code scry} script as its client over the Unix
 * socket and over a loopback port: the same output as without a service, the token, the upload
 * limit, a second writer, Ctrl+C through the client, and a kill -9 mid-add that the next start resumes.
 * Every service a test starts ends by itself after ten minutes without requests, should the test die (a minute was too short on a busy machine, where one in-process call took as long).
 */
class ServeTest {
    private static final Pattern LISTENING = Pattern.compile("^scry serve: listening on unix:(\\S+), (127\\.0\\.0\\.1:\\d+) \\(pid (\\d+)\\)$",
            Pattern.MULTILINE);
    private static final Pattern DONE = Pattern.compile("(\\d+) of (\\d+)[,:]");
    private static final Map<String, String> IN_PROCESS = Map.of("SCRY_NO_SERVICE", "1");

    @TempDir
    Path dir;
    private ScryProcess service;
    /** The service's Java process (the script's child). */
    private long servicePid;

    private Path home() {
        return dir.resolve("home");
    }

    private Path cwd() {
        return dir.resolve("cwd");
    }

    /** Starts the service with a loopback port; its TCP address. */
    private String serve(String... more) throws Exception {
        List<String> args = new java.util.ArrayList<>(List.of("serve", "--bind", "127.0.0.1:0", "--idle-timeout", "600"));
        args.addAll(List.of(more));
        service = ScryProcess.start(Files.createDirectories(home()), cwd(), Map.of(), args.toArray(String[]::new));
        Matcher m = LISTENING.matcher(service.await(true, out -> LISTENING.matcher(out).find(), 120));
        assertTrue(m.find());
        servicePid = Long.parseLong(m.group(3));
        return m.group(2);
    }

    @AfterEach
    void stop() throws Exception {
        if (service != null && service.process().isAlive()) {
            ScryProcess.run(home(), cwd(), IN_PROCESS, "serve", "--stop");
            service.finish(120);
        }
    }

    private ScryProcess.Printed scry(Map<String, String> environment, String... args) throws Exception {
        return ScryProcess.run(home(), cwd(), environment, args);
    }

    @Test
    void theScriptPrintsTheSameThroughTheSocketAndTheLoopbackPort() throws Exception {
        Path pictures = Files.createDirectories(cwd().resolve("pictures"));
        Pictures.write(pictures, 6);
        String tcp = serve("--max-upload", "100000");
        Path socket = home().resolve("service/scry.sock");
        assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket.getParent())));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(socket)));
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(home().resolve("service/token"))));

        ScryProcess.Printed added = scry(Map.of(), "add", "pictures");
        assertEquals(0, added.exit(), added.err());
        assertTrue(added.out().startsWith("default: indexed 6 pictures"), added.out());
        String picture = pictures.resolve("picture-2.png").toString();
        List<List<String>> verbs = List.of(List.of("search", "picture-3"), List.of("search", "-n", "3", picture),
                List.of("search", "--json", "-n", "4", "pictures/picture-1.png"), List.of("cmp", picture, pictures.resolve("picture-4.png").toString()),
                List.of("lib", "list"), List.of("lib", "list", "--json"), List.of("dupes", "--json"), List.of("export", "--csv"),
                List.of("search", "nosuch.png", "--image"), List.of("-l", "nosuch", "lib", "info"), List.of("search", "-n", "0", "x"),
                List.of("tag", picture, "holiday", "sea"), List.of("tag", "pictures/picture-2.png"), List.of("tag", "--remove", picture, "sea"),
                List.of("cmp", "pictures/nosuch.png", picture), List.of("search", "pictures/nosuch.png"), List.of("add", "nosuch"), List.of("sheet", "-o", "sheets", "picture-3"),
                List.of("export", "--json"));
        for (List<String> verb : verbs) {
            String[] args = verb.toArray(String[]::new);
            ScryProcess.Printed here = scry(IN_PROCESS, args);
            assertEquals(here, scry(Map.of(), args), "through the socket: " + verb);
            assertEquals(here, scry(Map.of("SCRY_SERVICE", tcp), args), "through " + tcp + ": " + verb);
            assertTrue(Files.exists(socket) && service.process().isAlive(), "the service still runs (else the script ran the verb in-process)");
        }
        // a list of queries on standard input (--from-file -) goes to the service with the command
        Path list = Files.writeString(dir.resolve("queries.txt"), "picture-3\n" + picture + "\n");
        String[] fromInput = { "search", "-n", "2", "--from-file", "-" };
        ScryProcess.Printed fromList = ScryProcess.run(home(), cwd(), IN_PROCESS, list, fromInput);
        assertEquals(0, fromList.exit(), fromList.err());
        assertTrue(fromList.out().contains("picture-2.png"), fromList.out());
        assertEquals(fromList, ScryProcess.run(home(), cwd(), Map.of(), list, fromInput), "standard input through the socket");
        assertEquals(fromList, ScryProcess.run(home(), cwd(), Map.of("SCRY_SERVICE", tcp), list, fromInput), "standard input through " + tcp);
        // the service speaks the client's language, not its own
        Map<String, String> chinese = Map.of("LANG", "zh_CN.UTF-8", "LC_ALL", "zh_CN.UTF-8");
        Map<String, String> chineseHere = new java.util.HashMap<>(chinese);
        chineseHere.putAll(IN_PROCESS);
        String[] badSize = { "search", "--min-size", "lots", "x" };
        ScryProcess.Printed inChinese = scry(chineseHere, badSize);
        assertTrue(inChinese.err().contains("\u4e0d\u662f\u5927\u5c0f"), "the reason in Chinese: " + inChinese.err());
        assertEquals(inChinese, scry(chinese, badSize), "in the client's language through the socket");

        String status = scry(Map.of(), "serve", "--status").out();
        assertTrue(status.startsWith("pid " + servicePid + "\n"), status);
        assertTrue(status.contains("libraries default"), status);

        // the token: without it a TCP request is refused; the socket needs none
        try (HttpClient http = HttpClient.newHttpClient()) {
            HttpResponse<String> refused = http.send(HttpRequest.newBuilder(URI.create("http://" + tcp + "/v1/libraries")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(401, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("\"code\": 2"), refused.body());
            String token = Files.readString(home().resolve("service/token")).strip();
            HttpResponse<String> wrong = http.send(HttpRequest.newBuilder(URI.create("http://" + tcp + "/v1/libraries"))
                    .header("Authorization", "Bearer " + "0".repeat(token.length())).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(401, wrong.statusCode());
            HttpResponse<String> listed = http.send(HttpRequest.newBuilder(URI.create("http://" + tcp + "/v1/libraries"))
                    .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, listed.statusCode(), listed.body());
            assertTrue(listed.body().contains("\"default\""), listed.body());
            // an upload over the limit (--max-upload 100000)
            HttpResponse<String> large = http.send(HttpRequest.newBuilder(URI.create("http://" + tcp + "/v1/libraries/default/search"))
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofByteArray(new byte[200_000])).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(413, large.statusCode(), large.body());
            HttpResponse<String> upload = http.send(HttpRequest.newBuilder(URI.create("http://" + tcp + "/v1/libraries/default/search?n=1"))
                    .header("Authorization", "Bearer " + token).POST(HttpRequest.BodyPublishers.ofFile(pictures.resolve("picture-5.png"))).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, upload.statusCode(), upload.body());
            assertTrue(upload.body().contains("\"query\": \"upload\"") && upload.body().contains("picture-5.png\", \"similarity\": 100.0"),
                    upload.body());
        }

        // the Python client's own tests, against this service on both addresses
        ProcessBuilder python = new ProcessBuilder("/usr/bin/python3", "-m", "unittest", "-v", "test_scry_client")
                .directory(Path.of(System.getProperty("scry.clients", "missing"), "python").toFile()).redirectErrorStream(true);
        python.environment().putAll(Map.of("SCRY_TEST_SOCKET", socket.toString(), "SCRY_TEST_TCP", tcp, "SCRY_TEST_HOME", home().toString(),
                "SCRY_TEST_PICTURES", pictures.toString(), "PYTHONDONTWRITEBYTECODE", "1"));
        Process tests = python.start();
        String output = new String(tests.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, tests.waitFor(), output);
        assertTrue(output.contains("Ran 2 tests") && !output.contains("skipped"), output);
    }

    @Test
    void aHomeNamedByHomeBeforeTheVerbHasItsServiceStartedAskedAndStopped() throws Exception {
        Path pictures = Files.createDirectories(cwd().resolve("pictures"));
        Pictures.write(pictures, 3);
        Path other = Files.createDirectories(dir.resolve("other"));
        String home = home().toString();
        ScryProcess.Printed added = ScryProcess.run(other, cwd(), IN_PROCESS, "--home", home, "add", "pictures");
        assertEquals(0, added.exit(), added.err());
        // SCRY_HOME names another home: the service, its status and the commands follow --home
        service = ScryProcess.start(other, cwd(), Map.of(), "--home", home, "serve", "--bind", "127.0.0.1:0", "--idle-timeout", "600");
        Matcher m = LISTENING.matcher(service.await(true, out -> LISTENING.matcher(out).find(), 120));
        assertTrue(m.find());
        assertEquals(home().resolve("service/scry.sock").toRealPath(), Path.of(m.group(1)).toRealPath());
        String status = ScryProcess.run(other, cwd(), Map.of(), "--home", home, "serve", "--status").out();
        assertTrue(status.startsWith("pid " + m.group(3) + "\n"), status);
        // a JVM option that the command line's own JVM refuses, but the service's small client never gets
        ScryProcess.Printed listed = ScryProcess.run(other, cwd(), Map.of("SCRY_JAVA_OPTS", "-XX:+NoSuchScryOption"), "--home=" + home, "lib",
                "list");
        assertEquals(0, listed.exit(), listed.err());
        assertTrue(listed.out().startsWith("default\t3"), listed.out());
        assertEquals(ScryProcess.run(other, cwd(), IN_PROCESS, "--home", home, "lib", "list"), listed);
        ScryProcess.Printed stopped = ScryProcess.run(other, cwd(), Map.of(), "-l", "default", "--home", home, "serve", "--stop");
        assertEquals(0, stopped.exit(), stopped.err());
        ScryProcess.Printed served = service.finish(120);
        assertEquals(0, served.exit());
        assertFalse(served.out().contains("SLF4J") || served.err().contains("SLF4J"), "no logging library's warning: " + served.err());
        assertFalse(Files.exists(home().resolve("service/scry.sock")));
    }

    @Test
    void aSecondWriterIsRefusedCtrlCStopsTheAddAndAKillMidAddIsResumed() throws Exception {
        Path pages = Files.createDirectories(cwd().resolve("pages"));
        Pictures.writePages(pages, 24, 1200); // enough that the service's add still runs while a second writer starts its own JVM
        Files.createDirectories(home());
        assertEquals(0, scry(IN_PROCESS, "lib", "create", "default").exit());
        assertEquals(0, scry(IN_PROCESS, "lib", "set", "default", "ocr=on").exit()); // reading words makes each page slow
        serve();

        // Ctrl+C on the client: the service stops the add, which saves its work
        ScryProcess interrupted = ScryProcess.start(home(), cwd(), Map.of(), "add", "pages");
        awaitDone(interrupted, 1);
        assertEquals(0, new ProcessBuilder("kill", "-INT", Long.toString(interrupted.process().pid())).start().waitFor());
        ScryProcess.Printed stopped = interrupted.finish(120);
        assertEquals(130, stopped.exit(), stopped.err());
        assertTrue(Pattern.compile("^interrupted: \\d+ pictures? saved, the next add or sync resumes$", Pattern.MULTILINE)
                .matcher(stopped.err()).find(), stopped.err());

        // the service is the library's writer: a second writer outside it is told the library is in use
        ScryProcess adding = ScryProcess.start(home(), cwd(), Map.of(), "add", "pages");
        awaitDone(adding, 1);
        Path other = Files.createDirectories(cwd().resolve("other"));
        Pictures.write(other, 1);
        ScryProcess.Printed second = scry(IN_PROCESS, "add", "other");
        assertEquals(3, second.exit(), second.err());
        assertTrue(second.err().contains("in use"), second.err());

        // kill -9 of the service mid-add: the library opens, and the next add (through a new service) resumes
        assertEquals(0, new ProcessBuilder("kill", "-KILL", Long.toString(servicePid)).start().waitFor());
        service.finish(60);
        ScryProcess.Printed cut = adding.finish(120);
        assertEquals(1, cut.exit(), cut.err());
        assertTrue(cut.err().contains("ended before the command did"), cut.err());
        assertTrue(Files.exists(home().resolve("service/scry.sock")), "a stale socket stays after kill -9");
        serve(); // replaces the stale socket
        ScryProcess.Printed rest = scry(Map.of(), "add", "pages");
        assertEquals(0, rest.exit(), rest.err());
        assertTrue(rest.out().startsWith("default: indexed "), rest.out());
        ScryProcess.Printed list = scry(Map.of(), "lib", "list");
        assertEquals("default\t24 pictures\n", list.out());
        assertFalse(list.err().contains("Exception"), list.err());
    }

    private static void awaitDone(ScryProcess run, int done) throws Exception {
        run.await(false, err -> {
            Matcher m = DONE.matcher(err);
            int seen = -1;
            while (m.find()) {
                seen = Integer.parseInt(m.group(1));
            }
            return seen >= done;
        }, 300);
    }
}
