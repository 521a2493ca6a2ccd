package dev.scry.ui.win32;

import java.io.IOException;
import java.nio.file.Path;

/** Shows a file selected in a Windows Explorer window. */
public final class Explorer {
    private Explorer() {
    }

    /** Opens Explorer on the folder of {@code file} with the file selected. */
    public static void reveal(Path file) throws IOException {
        new ProcessBuilder("explorer.exe", "/select,\"" + file.toAbsolutePath() + "\"").start();
    }
}
