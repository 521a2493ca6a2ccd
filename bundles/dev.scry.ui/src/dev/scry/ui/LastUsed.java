package dev.scry.ui;

import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.service.prefs.BackingStoreException;

/**
 * The library and the encoder the user searched with last, kept in the workbench's instance
 * preferences (in the Scry home's {@code workbench/.metadata}), so the Query view starts with them.
 */
public final class LastUsed {
    private static final String LIBRARY = "lastLibrary";
    private static final String ENCODER = "lastEncoder";

    private final IEclipsePreferences node;

    private LastUsed(IEclipsePreferences node) {
        this.node = node;
    }

    /** The workbench's remembered choices. */
    public static LastUsed ofWorkbench() {
        return new LastUsed(InstanceScope.INSTANCE.getNode("dev.scry.ui"));
    }

    public Optional<String> library() {
        return Optional.ofNullable(node.get(LIBRARY, null));
    }

    public Optional<String> encoder() {
        return Optional.ofNullable(node.get(ENCODER, null));
    }

    public void rememberLibrary(String name) {
        put(LIBRARY, name);
    }

    public void rememberEncoder(String id) {
        put(ENCODER, id);
    }

    private void put(String key, String value) {
        if (value == null || value.equals(node.get(key, null))) {
            return;
        }
        node.put(key, value);
        try {
            node.flush();
        } catch (BackingStoreException e) {
            // not remembered across restarts; the choice holds for this session
            Failure.warned(LastUsed.class, "cannot save the workbench preferences: " + e.getMessage(), e);
        }
    }
}
