package dev.scry.ui;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;
import org.junit.jupiter.api.Test;

/** What the failure dialog shows under Details: the reasons in words, never an exception's class. */
class FailureDialogTest {
    @Test
    void theDetailsAreTheReasonsBehindTheSentenceWithoutExceptionNames() {
        IOException disk = new IOException("No space left on device");
        IStatus logged = new Status(IStatus.ERROR, "dev.scry.ui", "results.csv could not be saved",
                new UncheckedIOException(disk));
        IStatus shown = FailureDialog.explained(logged);
        assertEquals("results.csv could not be saved", shown.getMessage());
        assertEquals(IStatus.ERROR, shown.getSeverity());
        String[] lines = Arrays.stream(shown.getChildren()).map(IStatus::getMessage).filter(m -> !m.contains(".log")).toArray(String[]::new);
        assertArrayEquals(new String[] { NLS.bind(Messages.error_reason, "No space left on device") }, lines);
        for (IStatus child : shown.getChildren()) {
            assertEquals(IStatus.ERROR, child.getSeverity(), child.getMessage());
            assertTrue(!child.getMessage().contains("Exception"), child.getMessage());
        }
    }

    @Test
    void aReasonTheSentenceAlreadySaysIsNotRepeated() {
        IStatus logged = new Status(IStatus.ERROR, "dev.scry.ui", "results.csv could not be saved: No space left on device",
                new IOException("No space left on device"));
        assertTrue(Arrays.stream(FailureDialog.explained(logged).getChildren()).noneMatch(c -> c.getMessage().contains("No space")));
    }
}
