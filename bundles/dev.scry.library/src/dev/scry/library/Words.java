package dev.scry.library;

import java.util.stream.Collectors;

import dev.scry.ocr.OcrReader;
import dev.scry.ocr.TextLine;

/** The words in pictures as PaddleOCR reads them, one line of text per line. */
public final class Words {
    private Words() {
    }

    /** {@link PictureText} backed by an OCR reader, its text-presence gate included ({@link OcrReader#mayHoldText}). */
    public static PictureText of(OcrReader reader) {
        return new PictureText() {
            @Override
            public String wordsIn(java.awt.image.BufferedImage picture) throws Exception {
                return reader.read(picture).stream().map(TextLine::text).collect(Collectors.joining("\n"));
            }

            @Override
            public boolean mayHoldText(java.awt.image.BufferedImage picture) throws Exception {
                return reader.mayHoldText(picture);
            }
        };
    }
}
