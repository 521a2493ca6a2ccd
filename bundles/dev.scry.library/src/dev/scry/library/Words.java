package dev.scry.library;

import java.util.stream.Collectors;

import dev.scry.ocr.OcrReader;
import dev.scry.ocr.TextLine;

/** The words in pictures as PaddleOCR reads them, one line of text per line. */
public final class Words {
    private Words() {
    }

    /** {@link PictureText} backed by an OCR reader. */
    public static PictureText of(OcrReader reader) {
        return picture -> reader.read(picture).stream().map(TextLine::text).collect(Collectors.joining("\n"));
    }
}
