package dev.scry.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/**
 * The HTTP JSON API on the socket and on a loopback port: libraries, jobs, search, errors, the token, the
 * upload limit, a picture bomb.
 */
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
        RunningService.Answer picked = get("/v1/libraries/trips/search?n=3&path=" + q(pictures.resolve("p1.png").toString()) + "&where=" + q("-format:png"));
        assertEquals(200, picked.status(), picked.body());
        assertTrue(picked.body().contains("\"hits\": []"), "where= filters as --where does: " + picked.body());

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

    /** A PNG whose header claims {@code width} x {@code height} pixels, with a tiny compressed body. */
    private static byte[] pngClaiming(int width, int height) throws Exception {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        png.write(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n' });
        java.nio.ByteBuffer header = java.nio.ByteBuffer.allocate(13).putInt(width).putInt(height).put((byte) 8).put((byte) 2).put((byte) 0)
                .put((byte) 0).put((byte) 0);
        chunk(png, "IHDR", header.array());
        java.util.zip.Deflater deflater = new java.util.zip.Deflater();
        deflater.setInput(new byte[4096]);
        deflater.finish();
        byte[] idat = new byte[256];
        chunk(png, "IDAT", java.util.Arrays.copyOf(idat, deflater.deflate(idat)));
        chunk(png, "IEND", new byte[0]);
        return png.toByteArray();
    }

    private static void chunk(java.io.ByteArrayOutputStream png, String type, byte[] data) {
        java.util.zip.CRC32 crc = new java.util.zip.CRC32();
        crc.update(type.getBytes(StandardCharsets.US_ASCII));
        crc.update(data);
        png.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(data.length).array());
        png.writeBytes(type.getBytes(StandardCharsets.US_ASCII));
        png.writeBytes(data);
        png.writeBytes(java.nio.ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }

    @Test
    void anUploadedPictureBombIsRefusedWithTheCommandLinesReasonAndTheServiceGoesOn() throws Exception {
        RunningService.Answer created = post("/v1/libraries?name=bombs");
        assertEquals(200, created.status(), created.body());
        assertTrue(Files.isDirectory(running.home.resolve("libraries/bombs")), "the API works on the service's home, not its environment's");
        byte[] bomb = pngClaiming(100_000, 100_000); // 10^10 pixels in a few dozen bytes
        assertTrue(bomb.length < 4096);
        RunningService.Answer refused = RunningService.request(running.socket(),
                new ServiceRequest("POST", "/v1/libraries/bombs/search").body("image/png", bomb));
        assertTrue(refused.status() >= 400, refused.body());
        assertEquals("{\"error\": {\"code\": 1, \"reason\": \"upload: too large\"}}", refused.body().strip());
        assertFalse(refused.body().contains("Exception"), refused.body());
        assertEquals(200, get("/v1/libraries").status(), "the service goes on");
        RunningService.Answer path = get("/v1/libraries/bombs/search?path=" + q(Files.write(dir.resolve("bomb.png"), bomb).toString()));
        assertEquals(500, path.status(), path.body());
        assertTrue(path.body().contains("bomb.png: too large"), path.body());
    }
}
