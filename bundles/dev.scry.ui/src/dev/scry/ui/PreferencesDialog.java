package dev.scry.ui;

import java.io.IOException;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Text;

import dev.scry.library.ScryHome;
import dev.scry.library.Settings;

/** Edits the user's {@link Settings}: threads, thumbnail cache, result defaults, language, OCR. */
public final class PreferencesDialog extends Dialog {
    private static final String[] LANGUAGES = { "", "en", "zh" };

    private final ScryHome home;
    private Settings settings;
    private Spinner threads;
    private Spinner cache;
    private Spinner count;
    private Spinner minimum;
    private Combo language;
    private Combo theme;
    private final org.eclipse.e4.ui.css.swt.theme.IThemeEngine themes;
    private Button ocr;
    private Text where;

    public PreferencesDialog(Shell parent, ScryHome home) {
        this(parent, home, null);
    }

    /** With the workbench's theme engine (or null), a theme chosen applies at once. */
    public PreferencesDialog(Shell parent, ScryHome home, org.eclipse.e4.ui.css.swt.theme.IThemeEngine themes) {
        super(parent);
        this.home = home;
        this.themes = themes;
        this.settings = Settings.load(home);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.prefs_title);
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, org.eclipse.jface.dialogs.IDialogConstants.OK_ID, Messages.dialog_ok, true);
        createButton(parent, org.eclipse.jface.dialogs.IDialogConstants.CANCEL_ID, Messages.dialog_cancel, false);
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        Composite area = (Composite) super.createDialogArea(parent);
        area.setLayout(new GridLayout(2, false));
        new Label(area, SWT.NONE).setText(Messages.prefs_home);
        where = new Text(area, SWT.BORDER);
        where.setText(home.folder().toString());
        where.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        threads = spinner(area, Messages.prefs_threads, settings.threads(), 0, 256);
        cache = spinner(area, Messages.prefs_cache, settings.thumbnailCacheMb(), 16, 100_000);
        count = spinner(area, Messages.prefs_count, settings.resultCount(), 1, 10_000);
        minimum = spinner(area, Messages.prefs_minimum, settings.minimumPercent(), 0, 100);
        new Label(area, SWT.NONE).setText(Messages.prefs_language);
        language = new Combo(area, SWT.READ_ONLY);
        language.setItems(Messages.prefs_languageSystem, "English", "\u7b80\u4f53\u4e2d\u6587");
        language.select(Math.max(0, java.util.Arrays.asList(LANGUAGES).indexOf(settings.language())));
        new Label(area, SWT.NONE).setText(Messages.prefs_theme);
        theme = new Combo(area, SWT.READ_ONLY);
        theme.setItems(Messages.prefs_themeSystem, Messages.prefs_themeLight, Messages.prefs_themeDark);
        theme.select(java.util.Arrays.asList(ThemeChoice.ALL).indexOf(ThemeChoice.ofWorkbench().get()));
        theme.setData(dev.scry.ui.parts.LibraryPart.ID, "theme");
        ocr = new Button(area, SWT.CHECK);
        ocr.setText(Messages.prefs_ocr);
        ocr.setSelection(settings.ocr());
        ocr.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return area;
    }

    /** Says why the preferences could not be saved; a failure to write them is logged too. */
    private void failed(String reason, Exception cause) {
        String sentence = NLS.bind(Messages.prefs_failed, reason);
        if (cause instanceof IOException) {
            FailureDialog.open(getShell(), Messages.prefs_title, Failure.logged(PreferencesDialog.class, sentence, cause));
        } else {
            Dialogs.error(getShell(), Messages.prefs_title, sentence);
        }
    }

    @Override
    protected void okPressed() {
        Settings changed = new Settings(threads.getSelection(), cache.getSelection(), count.getSelection(), minimum.getSelection(),
                LANGUAGES[Math.max(0, language.getSelectionIndex())], ocr.getSelection());
        try {
            changed.save(home);
        } catch (IOException e) {
            failed(UserWords.of(e), e);
            return;
        }
        boolean restart = !changed.language().equals(settings.language());
        String chosenHome = where.getText().strip();
        if (!chosenHome.isEmpty() && !java.nio.file.Path.of(chosenHome).toAbsolutePath().normalize().equals(home.folder())) {
            try {
                ScryHome.choose(java.nio.file.Path.of(chosenHome));
                restart = true;
            } catch (IOException e) {
                failed(UserWords.of(e), e);
                return;
            } catch (java.nio.file.InvalidPathException e) {
                failed(e.getInput() + ": " + e.getReason(), e); // a path the system cannot take; not a failure to log
                return;
            }
        }
        if (restart) {
            Dialogs.inform(getShell(), Messages.prefs_title, Messages.prefs_restart);
        }
        String chosenTheme = ThemeChoice.ALL[Math.max(0, theme.getSelectionIndex())];
        ThemeChoice.ofWorkbench().set(chosenTheme);
        if (themes != null) {
            SystemTheme.apply(themes, chosenTheme);
        }
        settings = changed;
        super.okPressed();
    }

    /** The settings as the dialog left them. */
    public Settings settings() {
        return settings;
    }

    private static Spinner spinner(Composite parent, String label, int value, int min, int max) {
        new Label(parent, SWT.NONE).setText(label);
        Spinner spinner = new Spinner(parent, SWT.BORDER);
        spinner.setValues(value, min, max, 0, 1, 10);
        return spinner;
    }
}
