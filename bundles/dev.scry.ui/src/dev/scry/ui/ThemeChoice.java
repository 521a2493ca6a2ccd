package dev.scry.ui;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The theme chosen in Preferences: the system's (the default), light or dark. Kept in the workbench's
 * instance preferences (the Scry home's {@code workbench/.metadata}), as {@link LastUsed} is.
 */
public final class ThemeChoice {
    /** The choices, in the order Preferences lists them. */
    public static final String SYSTEM = "system";
    public static final String LIGHT = "light";
    public static final String DARK = "dark";
    public static final String[] ALL = { SYSTEM, LIGHT, DARK };
    private static final String KEY = "theme";

    private final IEclipsePreferences node;

    private ThemeChoice(IEclipsePreferences node) {
        this.node = node;
    }

    public static ThemeChoice ofWorkbench() {
        return new ThemeChoice(InstanceScope.INSTANCE.getNode("dev.scry.ui"));
    }

    /** The choice kept, {@link #SYSTEM} when none (or an unknown one) is. */
    public String get() {
        String kept = node.get(KEY, SYSTEM);
        return java.util.Arrays.asList(ALL).contains(kept) ? kept : SYSTEM;
    }

    /** Keeps {@code choice}, one of {@link #ALL}. */
    public void set(String choice) {
        if (!java.util.Arrays.asList(ALL).contains(choice)) {
            throw new IllegalArgumentException("no such theme choice: " + choice);
        }
        node.put(KEY, choice);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            Failure.warned(ThemeChoice.class, "cannot save the workbench preferences: " + e.getMessage(), e);
        }
    }
}
