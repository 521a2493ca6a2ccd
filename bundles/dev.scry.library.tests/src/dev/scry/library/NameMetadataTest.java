package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/**
 * Names as the tools write them: Pixiv's own {@code {id}_p{page}} (its original-image URLs) and
 * {@code {user_id}_{id}_p{page}}, Twitter Media Downloader's
 * {@code twitter_{name}(@{user})_{date}-{time}_{tweet}_photo}, yande.re's {@code yande.re {id} {tags}},
 * Android and Pixel cameras, Android and macOS screenshots.
 */
class NameMetadataTest {
    private static NameMetadata.Facts facts(String name) {
        return NameMetadata.of(name);
    }

    @Test
    void pixivNamesGiveThePostAndPageAndTheAuthorWhenNamed() {
        assertEquals(new NameMetadata.Facts(Map.of("source", List.of("pixiv"), "post", List.of("67890123"), "page", List.of("1")),
                Optional.empty()), facts("67890123_p1.jpg"));
        assertEquals(new NameMetadata.Facts(Map.of("source", List.of("pixiv"), "author", List.of("12345"), "post", List.of("67890123"),
                "page", List.of("0")), Optional.empty()), facts("12345_67890123_p0.png"));
        assertEquals(List.of("63226543"), facts("63226543_p0_master1200.jpg").meta().get("post"));
    }

    @Test
    void twitterMediaDownloaderNamesGiveTheAuthorTweetAndDate() {
        NameMetadata.Facts tweet = facts("twitter_Jack Dorsey(@jack)_20240612-183015_1800123456789012345_photo.jpg");
        assertEquals(Map.of("source", List.of("twitter"), "author", List.of("jack", "Jack Dorsey"), "post", List.of("1800123456789012345")),
                tweet.meta());
        assertEquals(Optional.of(Instant.parse("2024-06-12T18:30:15Z")), tweet.taken());
        assertEquals(List.of("2"), facts("twitter_nasa(@NASA)_20240101-000102_1741234567890123456_photo_2.png").meta().get("page"));
    }

    @Test
    void yandereNamesGiveThePostAndItsTags() {
        NameMetadata.Facts post = facts("yande.re 1034021 kantai_collection shimakaze_(kancolle) swimsuits.jpg");
        assertEquals(Map.of("source", List.of("yande.re"), "post", List.of("1034021"),
                "tag", List.of("kantai_collection", "shimakaze_(kancolle)", "swimsuits")), post.meta());
        assertEquals(Optional.empty(), post.taken());
    }

    @Test
    void cameraAndScreenshotNamesGiveTheDateTaken() {
        Instant when = Instant.parse("2024-06-12T18:30:15Z");
        for (String name : List.of("IMG_20240612_183015.jpg", "PXL_20240612_183015123.jpg", "PXL_20240612_183015123.MP.jpg",
                "VID_20240612_183015.mp4")) {
            assertEquals(new NameMetadata.Facts(Map.of("source", List.of("camera")), Optional.of(when)), facts(name), name);
        }
        for (String name : List.of("Screenshot_2024-06-12-18-30-15-123_com.android.chrome.png", "Screenshot_20240612-183015.png",
                "Screenshot_20240612-183015_Chrome.jpg", "Screenshot 2024-06-12 at 18.30.15.png")) {
            assertEquals(new NameMetadata.Facts(Map.of("source", List.of("screenshot")), Optional.of(when)), facts(name), name);
        }
    }

    @Test
    void aNameWithAnImpossibleDateGivesNoDate() {
        assertEquals(new NameMetadata.Facts(Map.of("source", List.of("camera")), Optional.empty()), facts("IMG_20241399_183015.jpg"));
    }

    @Test
    void otherNamesSayNothing() {
        for (String name : List.of("holiday.jpg", "IMG_0042.png", "beach_p.png", "twitter.png", "yande.re.png", "Screenshot.png")) {
            assertEquals(NameMetadata.Facts.NONE, facts(name), name);
        }
    }
}
