package dev.scry.exporters;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.imageio.ImageIO;

import org.osgi.service.component.annotations.Component;

import dev.scry.export.ResultExporter;
import dev.scry.export.ResultTable;
import dev.scry.image.ImageLoader;
import dev.scry.image.UnreadableImageException;
import dev.scry.index.SearchHit;
import dev.scry.library.ResultSheet;

/**
 * A contact sheet as PNG ({@link ResultSheet}, as {@code scry sheet} draws it): the query first (its
 * picture when it was a picture file, else its words), then the first {@link #PICTURES} rows' pictures,
 * {@link #COLUMNS} cells wide, each with its rank, similarity and name. An unreadable picture
 * leaves a grey frame and the rest are drawn.
 */
@Component(service = ResultExporter.class)
public final class ContactSheetExporter implements ResultExporter {
    /** The most pictures on a sheet. */
    public static final int PICTURES = 48;
    /** The most cells side by side. */
    public static final int COLUMNS = 8;

    @Override
    public String id() {
        return "sheet";
    }

    @Override
    public String label() {
        return "Contact sheet (PNG)";
    }

    @Override
    public String fileExtension() {
        return "png";
    }

    @Override
    public void write(ResultTable table, OutputStream out) throws IOException {
        List<SearchHit> hits = new ArrayList<>();
        for (ResultTable.ResultRow row : table.rows().subList(0, Math.min(PICTURES, table.rows().size()))) {
            Object similarity = table.value(row, ResultTable.SIMILARITY).orElse(null);
            hits.add(new SearchHit(row.picture(), similarity instanceof Number n ? n.doubleValue() : 0, ""));
        }
        BufferedImage sheet = new ResultSheet().draw(query(table), hits, COLUMNS);
        if (!ImageIO.write(sheet, "png", out)) {
            throw new IOException("no PNG writer is installed");
        }
        out.flush();
    }

    private static ResultSheet.Query query(ResultTable table) {
        String caption = SheetWords.query(Locale.getDefault());
        if (table.queryPictureFile().isPresent()) {
            Path picture = table.queryPictureFile().get();
            try {
                Path name = picture.getFileName();
                return new ResultSheet.Query(new ImageLoader(ResultSheet.CELL).load(picture).pixels(),
                        name == null ? table.query() : name.toString(), caption);
            } catch (UnreadableImageException e) {
                // a query picture no longer readable: its name is shown as the words
            }
        }
        return ResultSheet.Query.words(table.query(), caption);
    }
}
