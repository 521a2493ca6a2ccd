package dev.scry.index;

import java.io.IOException;
import java.nio.file.Path;

import dev.scry.testing.PictureIndexContract;

/** The embedded Lucene index passes the shared behaviour suite of every {@link PictureIndex}. */
class LucenePictureIndexTest extends PictureIndexContract {
    @Override
    protected PictureIndex newIndex(Path folder) throws IOException {
        return LucenePictureIndex.open(folder.resolve("index"), VectorStorage.FLOAT32);
    }
}
