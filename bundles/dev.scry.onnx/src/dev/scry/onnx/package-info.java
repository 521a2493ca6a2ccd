/**
 * ONNX Runtime for Scry's models (CLIP-family encoders, OCR): one environment per process with
 * telemetry turned off, and sessions with thread counts fitted to the machine
 * ({@link dev.scry.onnx.OnnxRuntime}).
 */
package dev.scry.onnx;
