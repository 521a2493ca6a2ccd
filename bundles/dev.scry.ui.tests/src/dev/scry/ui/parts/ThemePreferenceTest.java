package dev.scry.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.scry.library.Libraries;
import dev.scry.ui.Messages;
import dev.scry.ui.PreferencesDialog;
import dev.scry.ui.SystemTheme;
import dev.scry.ui.ThemeChoice;

/** Preferences > Theme: chosen with the keyboard, kept, and what the theme addon starts with next time. */
class ThemePreferenceTest {
    @RegisterExtension
    final Workbench workbench = new Workbench();

    @AfterEach
    void followTheSystemAgain() {
        ThemeChoice.ofWorkbench().set(ThemeChoice.SYSTEM);
    }

    @Test
    void theDarkThemeChosenInPreferencesIsKept() throws Exception {
        ThemeChoice.ofWorkbench().set(ThemeChoice.SYSTEM);
        workbench.shell().open();
        PreferencesDialog dialog = new PreferencesDialog(workbench.shell(), Workbench.service(Libraries.class).catalog().home());
        dialog.setBlockOnOpen(false);
        dialog.open();
        Shell shell = dialog.getShell();
        Combo theme = Workbench.find(shell, "theme", Combo.class);
        assertEquals(Messages.prefs_themeSystem, theme.getText(), "the system's theme until one is chosen");
        theme.setFocus();
        workbench.waitUntil("the theme list has the keyboard", 10, theme::isFocusControl);
        workbench.press("Down", "Down");
        workbench.waitUntil("Dark chosen with the keyboard", 10, () -> Messages.prefs_themeDark.equals(theme.getText()));
        Button ok = button(shell, Messages.dialog_ok);
        if (ok == null) {
            throw new AssertionError("no OK button");
        }
        workbench.mouse().click(ok, new Point(ok.getSize().x / 2, ok.getSize().y / 2));
        workbench.waitUntil("the dialog closed", 10, shell::isDisposed);
        assertEquals(ThemeChoice.DARK, ThemeChoice.ofWorkbench().get());
        assertEquals(SystemTheme.DARK, SystemTheme.of(ThemeChoice.ofWorkbench().get(), false), "dark even on a light system");
    }

    private static Button button(org.eclipse.swt.widgets.Composite root, String text) {
        for (org.eclipse.swt.widgets.Control child : root.getChildren()) {
            if (child instanceof Button b && text.equals(b.getText())) {
                return b;
            }
            if (child instanceof org.eclipse.swt.widgets.Composite composite) {
                Button found = button(composite, text);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
