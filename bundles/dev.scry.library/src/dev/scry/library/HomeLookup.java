package dev.scry.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Where the Scry home is looked for, the one rule for libraries and models alike: the folder given
 * explicitly ({@code --home}), else the system property {@value ScryHome#PROPERTY} (the start script's),
 * else {@code $SCRY_HOME}, else the folder chosen in Preferences (kept in {@link #chosenFile()}), else
 * {@code .scry} in the user's home folder. The inputs are given, so tests need not change the process's.
 *
 * @param properties  the system properties, by name (null when unset)
 * @param environment the environment variables, by name (null when unset)
 * @param userHome    the user's home folder
 */
public record HomeLookup(UnaryOperator<String> properties, UnaryOperator<String> environment, Path userHome) {
    /** The lookup of this process: its system properties, its environment and {@code user.home}. */
    public static HomeLookup system() {
        return new HomeLookup(System::getProperty, System::getenv, Path.of(System.getProperty("user.home")));
    }

    /** The home: {@code explicit} if not null, else as the class comment says. */
    public ScryHome resolve(Path explicit) {
        if (explicit != null) {
            return new ScryHome(explicit);
        }
        for (String given : new String[] { properties.apply(ScryHome.PROPERTY), environment.apply(ScryHome.ENVIRONMENT_VARIABLE) }) {
            if (given != null && !given.isBlank()) {
                return new ScryHome(Path.of(given.strip()));
            }
        }
        try {
            Path chosen = chosenFile();
            if (Files.isRegularFile(chosen)) {
                String line = Files.readString(chosen).strip();
                if (!line.isEmpty()) {
                    return new ScryHome(Path.of(line));
                }
            }
        } catch (IOException | InvalidPathException e) {
            // an unreadable choice falls back to the default
        }
        return new ScryHome(userHome.resolve(".scry"));
    }

    /** Where the home chosen in Preferences is kept: {@code $XDG_CONFIG_HOME/scry/home}, else {@code ~/.config/scry/home}. */
    public Path chosenFile() {
        String config = environment.apply("XDG_CONFIG_HOME");
        Path base = config == null || config.isBlank() ? userHome.resolve(".config") : Path.of(config);
        return base.resolve("scry").resolve("home");
    }

    /** Makes {@code folder} the home from the next start on (unless --home, the property or $SCRY_HOME say otherwise). */
    public void choose(Path folder) throws IOException {
        Path file = chosenFile();
        Files.createDirectories(file.getParent());
        Files.writeString(file, folder.toAbsolutePath().normalize() + "\n");
    }
}
