package dev.scry.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.client.ServiceRequest;
import dev.scry.testing.TestPictures;

/**
 * A client's query picture that takes longer to decode than the service allows is refused as too large,
 * through the API and through the command line, and the service goes on; in the client's own process
 * (no service) the same picture is searched.
 */
class DecodeLimitTest {
    @TempDir
    Path dir;

    /** A large picture that decodes in far more than a millisecond (a 3000 x 3000 PNG with lines on white). */
    private Path slowPicture() throws Exception {
        BufferedImage image = new BufferedImage(3000, 3000, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 3000, 3000);
        g.setColor(Color.RED);
        for (int y = 0; y < 3000; y += 50) {
            g.drawLine(0, y, 3000, 3000 - y);
        }
        g.dispose();
        return TestPictures.write(image, "png", dir.resolve("slow.png"));
    }

    @Test
    void aQueryPictureDecodedTooSlowlyIsRefusedAndTheServiceGoesOn() throws Exception {
        Path slow = slowPicture();
        Path pictures = Files.createDirectories(dir.resolve("pictures"));
        TestPictures.write(TestPictures.draw(160, 120, 1), "png", pictures.resolve("p1.png"));
        Path home = Files.createDirectories(dir.resolve("home"));
        try (RunningService running = new RunningService(home, null, 64L << 20, Duration.ofMillis(1))) {
            RunningService.Printed created = running.throughService(dir, "--home", home.toString(), "lib", "create", "trips");
            assertEquals(0, created.exit(), created.err());
            assertEquals(0, running.throughService(dir, "--home", home.toString(), "add", "--library", "trips", pictures.toString()).exit());

            RunningService.Answer uploaded = RunningService.request(running.socket(),
                    new ServiceRequest("POST", "/v1/libraries/trips/search").body("image/png", Files.readAllBytes(slow)));
            assertTrue(uploaded.status() >= 400, uploaded.body());
            assertTrue(uploaded.body().startsWith("{\"error\": {\"code\": 1, \"reason\": \"upload: too large"), uploaded.body());
            assertFalse(uploaded.body().contains("Exception"), uploaded.body());

            RunningService.Printed served = running.throughService(dir, "--home", home.toString(), "search", "--library", "trips", slow.toString());
            assertEquals(1, served.exit(), served.out() + served.err());
            assertTrue(served.err().strip().endsWith("slow.png: too large"), served.err()); // 9 megapixels: refused for its time, not its size

            RunningService.Answer words = RunningService.request(running.socket(), new ServiceRequest("GET", "/v1/libraries/trips/search?q=p1"));
            assertEquals(200, words.status(), "the service goes on: " + words.body());
            assertTrue(words.body().contains("p1.png"), words.body());

            RunningService.Printed own = running.inProcess("--home", home.toString(), "search", "--library", "trips", slow.toString());
            assertEquals(0, own.exit(), "in the client's own process there is no time limit: " + own.err());
        }
    }
}
