package dev.scry.ui;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.css.swt.theme.IThemeEngine;
import org.eclipse.e4.ui.di.UIEventTopic;
import org.eclipse.e4.ui.workbench.UIEvents;
import org.eclipse.swt.widgets.Display;

import jakarta.inject.Inject;

/**
 * An addon that gives the workbench the theme chosen in Preferences ({@link ThemeChoice}): by default
 * the dark theme when the system is dark, else the light one. Started with {@code -Dscry.theme=dark}
 * or {@code light}, Scry takes that instead. Both are CSS themes of the e4 theme engine, declared in
 * dev.scry.product's plugin.xml.
 */
public class SystemTheme {
    public static final String LIGHT = "dev.scry.theme.light";
    public static final String DARK = "dev.scry.theme.dark";
    /** The system property that overrides the system: "dark" or "light". */
    public static final String PROPERTY = "scry.theme";

    @Inject
    @Optional
    public void started(@UIEventTopic(UIEvents.UILifeCycle.APP_STARTUP_COMPLETE) org.osgi.service.event.Event event,
            @Optional IThemeEngine engine) {
        if (engine == null) {
            return;
        }
        apply(engine, System.getProperty(PROPERTY, ThemeChoice.ofWorkbench().get()));
    }

    /** Gives the workbench the theme for {@code choice} (as {@link #of}), now, if it has another. */
    public static void apply(IThemeEngine engine, String choice) {
        String wanted = of(choice, Display.isSystemDarkTheme());
        if (engine.getActiveTheme() == null || !wanted.equals(engine.getActiveTheme().getId())) {
            engine.setTheme(wanted, false);
        }
    }

    /** The theme for a {@link #PROPERTY} value or a {@link ThemeChoice} ("dark", "light", anything else: follow the system). */
    public static String of(String property, boolean systemDark) {
        return switch (property.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "dark" -> DARK;
            case "light" -> LIGHT;
            default -> systemDark ? DARK : LIGHT;
        };
    }
}
