package dev.scry.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.client.ServiceAddress;
import dev.scry.client.ServiceRequest;
import dev.scry.testing.TestPictures;

/** The HTTP JSON API on the socket and on a loopback port: libraries, jobs, search, errors, the token, the upload limit. */
class ApiTest {
    private static final Pattern ID = Pattern.compile("\"id\": \"([0-9a-f-]+)\"");

    @TempDir
    Path dir;
    private RunningService running;
    private Path pictures;

    @BeforeEach
    void start() throws Exception {
        pictures = Files.createDirectories(dir.resolve("pictures"));
        for (int i = 0; i < 3; i++) {
            TestPictures.write(TestPictures.draw(160, 120, i), "png", pictures.resolve("p" + i + ".png"));
        }
        running = new RunningService(Files.createDirectories(dir.resolve("home")), ServiceAddress.parse("127.0.0.1:0"), 4096);
    }

    @AfterEach
    void stop() {
        running.close();
    }

    private RunningService.Answer get(String target) throws Exception {
        return RunningService.request(running.socket(), new ServiceRequest("GET", target));
    }

    private RunningService.Answer post(String target) throws Exception {
        return RunningService.request(running.socket(), new ServiceRequest("POST", target));
    }

    private static String q(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void librariesJobsAndSearch() throws Exception {
        assertEquals(new RunningService.Answer(200, "[]\n"), get("/v1/libraries"));
        assertEquals(200, post("/v1/libraries?name=trips").status());
        RunningService.Answer taken = post("/v1/libraries?name=trips");
        assertEquals(500, taken.status(), taken.body());
        assertTrue(taken.body().startsWith("{\"error\": {\"code\": 1, \"reason\": \"") && taken.body().contains("trips"), taken.body());

        RunningService.Answer started = post("/v1/libraries/trips/add?path=" + q(pictures.toString()));
        assertEquals(202, started.status(), started.body());
        Matcher id = ID.matcher(started.body());
        assertTrue(id.find(), started.body());
        String job = get("/v1/jobs/" + id.group(1)).body();
        while (job.contains("\"state\": \"running\"")) {
            Thread.sleep(20); // polls the job, as a client does
            job = get("/v1/jobs/" + id.group(1)).body();
        }
        assertTrue(job.contains("\"state\": \"done\", \"exit\": 0") && job.contains("trips: indexed 3 pictures"), job);

        RunningService.Answer info = get("/v1/libraries/trips");
        assertTrue(info.body().startsWith("{\"name\": \"trips\", \"images\": 3, \"files\": 3"), info.body());
        RunningService.Answer found = get("/v1/libraries/trips/search?n=1&path=" + q(pictures.resolve("p1.png").toString()));
        assertEquals(200, found.status(), found.body());
        assertTrue(found.body().startsWith("[{\"query\": ") && found.body().contains("p1.png\", \"similarity\": 100.0}]}]"), found.body());
        RunningService.Answer words = get("/v1/libraries/trips/search?q=p2&q=p0");
        assertEquals(2, words.body().split("\"kind\": \"text\"").length - 1, words.body());

        RunningService.Answer missing = get("/v1/libraries/nosuch");
        assertEquals(404, missing.status());
        assertTrue(missing.body().startsWith("{\"error\": {\"code\": 4, \"reason\": \"") && missing.body().contains("nosuch"), missing.body());
        assertEquals(404, get("/v1/jobs/nosuch").status());
        assertEquals(400, get("/v1/libraries/trips/search").status());
        assertEquals(200, post("/v1/libraries/trips/clear").status());
        assertTrue(get("/v1/libraries/trips").body().contains("\"images\": 0"));
        assertTrue(get("/v1/openapi.yaml").body().startsWith("openapi: 3"));
    }

    @Test
    void tcpWantsTheTokenAndUploadsHaveALimit() throws Exception {
        ServiceAddress tcp = running.tcp();
        RunningService.Answer refused = RunningService.request(tcp, new ServiceRequest("GET", "/v1/libraries"));
        assertEquals(401, refused.status(), refused.body());
        String token = Files.readString(running.home.resolve("service/token")).strip();
        assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(running.home.resolve("service/token"))));
        RunningService.Answer listed = RunningService.request(tcp, new ServiceRequest("GET", "/v1/libraries").header("Authorization", "Bearer " + token));
        assertEquals(200, listed.status(), listed.body());
        RunningService.Answer large = RunningService.request(running.socket(),
                new ServiceRequest("POST", "/v1/libraries/default/search").body("image/png", new byte[5000]));
        assertEquals(413, large.status(), large.body());
        RunningService.Answer outside = RunningService.request(tcp, new ServiceRequest("GET", "/v1/compare?a=" + q(pictures.resolve("p0.png").toString())
                + "&b=" + q(pictures.resolve("p1.png").toString())).header("Authorization", "Bearer " + token));
        assertEquals(403, outside.status(), outside.body());
        RunningService.Answer asked = RunningService.request(tcp, new ServiceRequest("GET", "/v1/compare?outside=true&a=" + q(pictures.resolve("p0.png").toString())
                + "&b=" + q(pictures.resolve("p0.png").toString())).header("Authorization", "Bearer " + token));
        assertEquals(new RunningService.Answer(200, "{\"similarity\": 100.0}\n"), asked);
    }
}
