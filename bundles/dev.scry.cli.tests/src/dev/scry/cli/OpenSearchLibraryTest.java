package dev.scry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import dev.scry.index.opensearch.Cluster;
import dev.scry.index.opensearch.OpenSearchPictureIndex;
import dev.scry.testing.DuplicatePictures;
import dev.scry.testing.OpenSearchClusterExtension;
import dev.scry.testing.OpenSearchTestCluster;
import dev.scry.testing.TestPictures;

/**
 * A library on an OpenSearch cluster from the command line ({@code scry lib create NAME --opensearch URL}), against
 * a real two-node cluster (one for every test of this bundle): it is created only when the cluster answers, it
 * indexes, syncs, searches, describes and removes itself as an embedded library does, and the same queries find the
 * same pictures on both stores.
 */
@ExtendWith(OpenSearchClusterExtension.class)
class OpenSearchLibraryTest {
    private static final int PICTURES = 12;

    @TempDir
    Path temp;

    private CommandLineSession session() {
        return new CommandLineSession(temp.resolve("home"));
    }

    @Test
    void anUnreachableClusterCreatesNothingAndIsNamedWithTheReason() throws IOException {
        int port;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            port = socket.getLocalPort(); // free, and nothing listens once closed
        }
        CommandLineSession scry = session();
        assertEquals(1, scry.scry("lib", "create", "far", "--opensearch", "http://127.0.0.1:" + port));
        assertTrue(scry.err().startsWith("scry: cannot create library far: OpenSearch at http://127.0.0.1:" + port + " is unreachable"),
                scry.err());
        assertFalse(scry.err().contains("Exception"), scry.err());
        assertFalse(Files.exists(temp.resolve("home/libraries/far")), "a command that fails changes nothing");
        assertEquals(0, scry.scry("lib", "list"));
        assertEquals("", scry.out());

        assertEquals(2, scry.scry("lib", "create", "far", "--opensearch", "localhost:9200"));
        assertTrue(scry.err().startsWith("scry: cannot create library far: not an OpenSearch address"), scry.err());
        assertEquals(2, scry.scry("lib", "create", "far", "--index", "pictures"));
        assertTrue(scry.err().startsWith("scry: --index, --shards and --replicas go with --opensearch URL"), scry.err());
        assertFalse(Files.exists(temp.resolve("home/libraries/far")));
    }

    @Test
    void theSameQueriesFindTheSamePicturesOnBothStores(OpenSearchTestCluster cluster) throws IOException {
        Path pictures = CommandLineSession.pictures(temp.resolve("pictures"), PICTURES);
        Path queries = Files.createDirectories(temp.resolve("queries"));
        List<String> asked = new ArrayList<>();
        for (int i = 0; i < PICTURES; i += 3) {
            BufferedImage original = ImageIO.read(pictures.resolve("pic" + i + ".png").toFile());
            asked.add(TestPictures.write(TestPictures.scaled(original, 120, 90), "png", queries.resolve("smaller" + i + ".png")).toString());
            asked.add(TestPictures.write(original.getSubimage(20, 15, 150, 110), "png", queries.resolve("crop" + i + ".png")).toString());
        }
        asked.add(TestPictures.write(TestPictures.draw(200, 150, 99), "png", queries.resolve("stranger.png")).toString());
        List<String> words = List.of("pic4", "pic10 png", "pic1 png");
        CommandLineSession scry = session();
        assertEquals(0, scry.scry("lib", "create", "local"), scry.err());
        assertEquals(0, scry.scry("lib", "create", "remote", "--opensearch", cluster.urls(), "--index", "same-hits"), scry.err());
        assertEquals("created library remote on OpenSearch at " + cluster.urls() + ", index same-hits\n", scry.out());
        assertEquals(0, scry.scry("-l", "local", "add", pictures.toString()), scry.err());
        assertEquals(0, scry.scry("-l", "remote", "add", pictures.toString()), scry.err());
        assertTrue(scry.out().contains("indexed " + PICTURES + " pictures"), scry.out());

        for (String query : asked) {
            List<Hit> local = hits(scry, "local", query);
            List<Hit> remote = hits(scry, "remote", query);
            assertSameTop(query, local, remote);
            assertEquals(local.stream().map(Hit::path).sorted().toList(), remote.stream().map(Hit::path).sorted().toList(),
                    "top 3 of " + query);
        }
        for (String query : words) {
            // pictures holding the same share of the words tie (BM25 orders them, by each store's statistics):
            // the best and the similarities of the top 3 are the same
            List<Hit> local = hits(scry, "local", query);
            List<Hit> remote = hits(scry, "remote", query);
            assertSameTop(query, local, remote);
            assertEquals(local.stream().map(Hit::similarity).toList(), remote.stream().map(Hit::similarity).toList(), query);
        }
        // the query language's filters, alone and with an order, with words and with pictures, as --where
        for (String query : List.of("folder:pictures sort:name", "-name:pic1 sort:-name", "size:>1k sort:-size")) {
            assertEquals(paths(scry, "local", "--", query), paths(scry, "remote", "--", query), query);
        }
        // without an order, pictures alike (added together, holding as many of the words) tie: the same pictures
        for (String query : List.of("(name:pic2 OR name:pic3) OR format:jpeg", "pic4 OR pic5 format:png", "\"pic1 png\" -name:pic10")) {
            assertEquals(sorted(paths(scry, "local", "--", query)), sorted(paths(scry, "remote", "--", query)), query);
        }
        for (String where : List.of("folder:pictures -name:pic0", "name:pic3 OR name:pic9 OR name:pic6")) {
            for (String query : asked.subList(0, 4)) { // a smaller copy and a crop of two pictures
                List<String> local = paths(scry, "local", "--where", where, "--", query);
                List<String> remote = paths(scry, "remote", "--where", where, "--", query);
                assertEquals(local.get(0), remote.get(0), query + " --where " + where);
                assertEquals(sorted(local), sorted(remote), query + " --where " + where);
                assertEquals(where.startsWith("folder") ? PICTURES - 1 : 3, local.size(), query + " --where " + where);
            }
        }
        assertEquals(List.of(pictures.resolve("pic9.png").toString(), pictures.resolve("pic8.png").toString()),
                paths(scry, "remote", "--", "folder:pictures sort:-name").subList(0, 2));
        assertEquals(0, scry.scry("lib", "remove", "remote", "--yes"), scry.err());
    }

    @Test
    void libCopyMovesALibraryToTheClusterAndBack(OpenSearchTestCluster cluster) throws IOException {
        Path pictures = CommandLineSession.pictures(temp.resolve("pictures"), 5);
        CommandLineSession scry = session();
        assertEquals(0, scry.scry("-l", "home", "add", "--tag", "trip", pictures.toString()), scry.err());
        assertEquals(0, scry.scry("-l", "home", "tag", pictures.resolve("pic2.png").toString(), "harbour"), scry.err());
        assertEquals(0, scry.scry("lib", "create", "moved", "--opensearch", cluster.urls(), "--index", "moved"), scry.err());
        assertEquals(2, scry.scry("lib", "copy", "home", "home"));
        assertTrue(scry.err().startsWith("scry: cannot copy library home into itself\n"), scry.err());

        assertEquals(0, scry.scry("lib", "copy", "home", "moved"), scry.err());
        assertEquals("copied 5 pictures of library home into moved (OpenSearch at " + cluster.urls() + ", index moved)\n", scry.out());
        assertEquals(paths(scry, "home", "--", "harbour"), paths(scry, "moved", "--", "harbour"));
        assertEquals(List.of(pictures.resolve("pic2.png").toString()), paths(scry, "moved", "--", "tag:harbour"));
        assertEquals(paths(scry, "home", "--", pictures.resolve("pic3.png").toString()),
                paths(scry, "moved", "--", pictures.resolve("pic3.png").toString()));
        assertEquals(0, scry.scry("lib", "folders", "moved"), scry.err());
        assertTrue(scry.out().contains(pictures.toString()), scry.out());
        assertEquals(0, scry.scry("-l", "moved", "sync"), scry.err());
        assertFalse(scry.out().contains("indexed 5"), "the copied pictures are indexed already: " + scry.out());
        assertEquals(0, scry.scry("-l", "moved", "export", "--json", "--fields", "path,tags"), scry.err());
        String pic2 = scry.out().lines().filter(l -> l.contains(Json.string(pictures.resolve("pic2.png").toString()))).findFirst().orElseThrow();
        assertTrue(pic2.contains("\"harbour\""), scry.out());

        assertEquals(1, scry.scry("lib", "copy", "home", "moved"));
        assertEquals("scry: cannot copy library home into moved: moved has 5 pictures (copy into an empty library: lib create, or lib clear)\n",
                scry.err());
        // and back, into an embedded library
        assertEquals(0, scry.scry("lib", "create", "back"), scry.err());
        assertEquals(0, scry.scry("lib", "copy", "moved", "back"), scry.err());
        assertEquals("copied 5 pictures of library moved into back (embedded (Lucene, in the library's folder))\n", scry.out());
        assertEquals(paths(scry, "home", "--", pictures.resolve("pic3.png").toString()),
                paths(scry, "back", "--", pictures.resolve("pic3.png").toString()));
        assertEquals(List.of(pictures.resolve("pic2.png").toString()), paths(scry, "back", "--", "tag:harbour"));
        assertEquals(0, scry.scry("lib", "remove", "moved", "--yes"), scry.err());
    }

    @Test
    void duplicatesAreTheSameGroupsOnBothStores(OpenSearchTestCluster cluster) throws IOException {
        Path pictures = DuplicatePictures.write(temp.resolve("dupes"), "copy.png", 6);
        for (int i = 0; i < 3; i++) {
            BufferedImage drawn = TestPictures.draw(320, 240, 40 + i);
            TestPictures.write(drawn, "png", pictures.resolve("drawn" + i + ".png"));
            TestPictures.write(TestPictures.scaled(drawn, 160, 120), "jpg", pictures.resolve("drawn" + i + "-small.jpg"));
        }
        CommandLineSession scry = session();
        assertEquals(0, scry.scry("lib", "create", "local"), scry.err());
        assertEquals(0, scry.scry("lib", "create", "remote", "--opensearch", cluster.urls(), "--index", "same-dupes"), scry.err());
        assertEquals(0, scry.scry("-l", "local", "add", pictures.toString()), scry.err());
        assertEquals(0, scry.scry("-l", "remote", "add", pictures.toString()), scry.err());
        for (String minimum : List.of("97", "80", "50")) {
            Set<String> local = groups(scry, "local", minimum);
            Set<String> remote = groups(scry, "remote", minimum);
            assertEquals(local, remote, "dupes -m " + minimum);
            if (minimum.equals("97")) {
                assertTrue(local.contains("near-duplicate " + List.of(pictures.resolve("copy.png"), pictures.resolve("original.png"),
                        pictures.resolve("smaller.png")).stream().map(Path::toString).sorted().toList()), local.toString());
            }
        }
        assertEquals(0, scry.scry("lib", "remove", "remote", "--yes"), scry.err());
    }

    /** The groups {@code dupes --json -m minimum} prints, each as its kind and its sorted paths. */
    @SuppressWarnings("unchecked")
    private static Set<String> groups(CommandLineSession scry, String library, String minimum) {
        assertEquals(0, scry.scry("-l", library, "dupes", "--json", "-m", minimum), scry.err());
        Set<String> groups = new TreeSet<>();
        for (String line : scry.out().strip().split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Map<String, Object> group = (Map<String, Object>) JsonReader.parse(line);
            List<String> paths = ((List<Object>) group.get("pictures")).stream().map(p -> (String) ((Map<String, Object>) p).get("path"))
                    .sorted().toList();
            groups.add(group.get("kind") + " " + paths);
        }
        assertFalse(groups.isEmpty(), "dupes -m " + minimum + " of " + library);
        return groups;
    }

    private static List<String> sorted(List<String> paths) {
        return paths.stream().sorted().toList();
    }

    /** The paths {@code search --json -n 20 -m 0 ARGS} finds in {@code library}, in order. */
    @SuppressWarnings("unchecked")
    private static List<String> paths(CommandLineSession scry, String library, String... args) {
        List<String> command = new ArrayList<>(List.of("-l", library, "search", "--json", "-n", "20", "-m", "0"));
        command.addAll(List.of(args));
        assertEquals(0, scry.scry(command.toArray(String[]::new)), scry.err());
        Map<String, Object> line = (Map<String, Object>) JsonReader.parse(scry.out().strip());
        List<String> paths = ((List<Object>) line.get("hits")).stream().map(h -> (String) ((Map<String, Object>) h).get("path")).toList();
        assertFalse(paths.isEmpty(), String.join(" ", command));
        return paths;
    }

    @Test
    void aLibraryOnOpenSearchSyncsDescribesItselfAndIsRemovedWithItsIndex(OpenSearchTestCluster cluster) throws IOException {
        Path pictures = CommandLineSession.pictures(temp.resolve("pictures"), 4);
        CommandLineSession scry = session();
        assertEquals(0, scry.scry("lib", "create", "Trips", "--opensearch", cluster.url(1)), scry.err());
        assertTrue(exists(cluster, "scry-trips"), "the default index name is scry- and the library's name in lower case");
        assertEquals(1, scry.scry("lib", "create", "Trips", "--opensearch", cluster.url(1)));
        assertEquals("scry: library Trips already exists\n", scry.err());

        assertEquals(0, scry.scry("-l", "Trips", "add", pictures.toString()), scry.err());
        assertEquals(0, scry.scry("lib", "info", "Trips", "--json"), scry.err());
        @SuppressWarnings("unchecked")
        Map<String, Object> info = (Map<String, Object>) JsonReader.parse(scry.out());
        assertEquals(4L, ((Number) info.get("images")).longValue(), scry.out());
        assertEquals("opensearch", info.get("store"));
        assertEquals(Map.of("url", cluster.url(1), "index", "scry-trips"), info.get("opensearch"));
        assertEquals(List.of("fingerprint"), info.get("encoders"));
        assertEquals(0, scry.scry("lib", "info", "Trips"));
        assertTrue(scry.out().contains("store:     OpenSearch at " + cluster.url(1) + ", index scry-trips\n"), scry.out());
        assertTrue(scry.out().contains("(settings; the pictures are on the cluster)"), scry.out());

        Files.delete(pictures.resolve("pic2.png"));
        assertEquals(0, scry.scry("-l", "Trips", "sync"), scry.err());
        assertTrue(scry.out().contains("1 removed"), scry.out());
        assertEquals(0, scry.scry("lib", "list"));
        assertTrue(scry.out().contains("Trips\t3 pictures\n"), scry.out());
        assertEquals(0, scry.scry("-l", "Trips", "search", "--json", "--text", "pic2"));
        assertTrue(scry.out().contains("\"hits\": []"), scry.out());
        assertEquals(0, scry.scry("-l", "Trips", "tag", pictures.resolve("pic1.png").toString(), "harbour"), scry.err());
        assertEquals(0, scry.scry("-l", "Trips", "search", "--json", "--text", "harbour"));
        assertTrue(scry.out().contains("pic1.png"), scry.out());

        assertEquals(0, scry.scry("-l", "Trips", "export", "--json", "--fields", "path,tags"), scry.err());
        assertEquals(3, scry.out().lines().count(), scry.out());
        assertTrue(scry.out().contains("{\"path\": " + Json.string(pictures.resolve("pic1.png").toString()) + ", \"tags\": [\"harbour\"]}"),
                scry.out());

        assertEquals(0, scry.scry("lib", "clear", "Trips", "--yes"), scry.err());
        assertEquals(0, scry.scry("lib", "list"));
        assertTrue(scry.out().contains("Trips\t0 pictures\n"), scry.out());
        assertEquals(0, scry.scry("-l", "Trips", "sync"), scry.err());
        assertTrue(scry.out().contains("indexed 3 pictures"), scry.out());

        assertEquals(0, scry.scry("-l", "Trips", "search", "--json", "--where", "format:png -name:pic1", "pic1 OR pic3"), scry.err());
        assertTrue(scry.out().contains("pic3.png") && !scry.out().contains("pic1.png"), scry.out());

        // a second library on the same index (another machine's Scry, say) sees the same pictures
        assertEquals(0, scry.scry("lib", "create", "Shared", "--opensearch", cluster.urls(), "--index", "scry-trips"), scry.err());
        assertEquals(0, scry.scry("-l", "Shared", "search", "--json", "--text", "pic1"));
        assertTrue(scry.out().contains("pic1.png"), scry.out());

        assertEquals(0, scry.scry("lib", "remove", "Trips", "--yes"), scry.err());
        assertTrue(scry.out().contains("removed library Trips"), scry.out());
        assertFalse(exists(cluster, "scry-trips"), "removing a library deletes its index");
        assertFalse(Files.exists(temp.resolve("home/libraries/Trips")));
        // its index gone, the other library on it can still be removed
        assertEquals(0, scry.scry("lib", "remove", "Shared", "--yes"), scry.err());
        assertFalse(Files.exists(temp.resolve("home/libraries/Shared")));
    }

    private static void assertSameTop(String query, List<Hit> local, List<Hit> remote) {
        assertFalse(local.isEmpty(), query);
        assertEquals(local.size(), remote.size(), query + ": " + local + " / " + remote);
        assertEquals(local.get(0).path(), remote.get(0).path(), "top hit of " + query + ": " + local + " / " + remote);
        assertEquals(local.get(0).similarity(), remote.get(0).similarity(), 1.0, "similarity of the top hit of " + query);
    }

    private static boolean exists(OpenSearchTestCluster cluster, String index) throws IOException {
        try (Cluster client = Cluster.at(cluster.urls())) {
            return OpenSearchPictureIndex.exists(client, index);
        }
    }

    /** One search hit as the command line prints it in JSON. */
    private record Hit(String path, double similarity) {
    }

    /** The top 3 hits of {@code query} in {@code library}. */
    @SuppressWarnings("unchecked")
    private static List<Hit> hits(CommandLineSession scry, String library, String query) {
        assertEquals(0, scry.scry("-l", library, "search", "--json", "-n", "3", "-m", "0", "--", query), scry.err());
        Map<String, Object> line = (Map<String, Object>) JsonReader.parse(scry.out().strip());
        List<Hit> hits = new ArrayList<>();
        for (Object hit : (List<Object>) line.get("hits")) {
            Map<String, Object> h = (Map<String, Object>) hit;
            hits.add(new Hit((String) h.get("path"), ((Number) h.get("similarity")).doubleValue()));
        }
        return hits;
    }
}
