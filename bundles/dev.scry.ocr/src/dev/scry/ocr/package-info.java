/**
 * Reading the words in pictures: PaddleOCR PP-OCRv4 (detection, direction classification,
 * recognition) run on ONNX Runtime, written in Java. {@link dev.scry.ocr.OcrReader} is the entry point;
 * it returns {@link dev.scry.ocr.TextLine}s with text, confidence and the four corners of each line.
 */
package dev.scry.ocr;
