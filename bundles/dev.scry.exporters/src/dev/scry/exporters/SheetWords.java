package dev.scry.exporters;

import java.util.Locale;
import java.util.ResourceBundle;

/** The words a contact sheet draws ({@code sheet.properties}, and {@code sheet_zh.properties} in Simplified Chinese). */
final class SheetWords {
    private SheetWords() {
    }

    /** The caption of the query's cell in {@code locale}'s language (English if none). */
    static String query(Locale locale) {
        return ResourceBundle.getBundle("dev.scry.exporters.sheet", locale, SheetWords.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString("query");
    }
}
