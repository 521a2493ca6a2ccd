package dev.scry.library;

import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;

import dev.scry.image.ImageFormat;
import dev.scry.image.UnreadableImageException.Reason;

/**
 * Finds the picture files under the given files and folders, recursively and following links; a
 * link loop or an unreadable folder is reported as a problem, never fatal. Other files are counted.
 */
final class PictureFiles {
    private PictureFiles() {
    }

    static List<Path> find(List<Path> roots, IndexReport report) {
        List<Path> pictures = new ArrayList<>();
        for (Path root : roots) {
            Path start = root.toAbsolutePath().normalize();
            if (!Files.exists(start)) {
                report.problem(start, Reason.MISSING, null);
                continue;
            }
            try {
                Files.walkFileTree(start, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                        if (attributes.isRegularFile() && ImageFormat.ofFileName(file).isPresent()) {
                            pictures.add(file);
                        } else if (attributes.isRegularFile()) {
                            report.skipped();
                        }
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path file, IOException e) {
                        report.problem(file, e instanceof FileSystemLoopException ? Reason.LINK_LOOP : Reason.UNREADABLE,
                                e instanceof FileSystemLoopException ? null : SystemWords.of(e));
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                report.problem(start, Reason.UNREADABLE, SystemWords.of(e));
            }
        }
        return pictures;
    }
}
