package dev.scry.library;

import java.nio.file.Path;

/**
 * The folder that holds a user's libraries and models: {@code --home} if given, else
 * {@code $SCRY_HOME}, else the folder chosen in Preferences (kept in {@code ~/.config/scry/home}),
 * else {@code ~/.scry}.
 */
public record ScryHome(Path folder) {
    public static final String ENVIRONMENT_VARIABLE = "SCRY_HOME";

    public ScryHome {
        folder = folder.toAbsolutePath().normalize();
    }

    /** The home given explicitly, else from the environment, else in the user's home folder. */
    public static ScryHome resolve(Path explicit) {
        if (explicit != null) {
            return new ScryHome(explicit);
        }
        String fromEnvironment = System.getenv(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return new ScryHome(Path.of(fromEnvironment));
        }
        try {
            Path chosen = chosenFile();
            if (java.nio.file.Files.isRegularFile(chosen)) {
                String line = java.nio.file.Files.readString(chosen).strip();
                if (!line.isEmpty()) {
                    return new ScryHome(Path.of(line));
                }
            }
        } catch (java.io.IOException | java.nio.file.InvalidPathException e) {
            // an unreadable choice falls back to the default
        }
        return new ScryHome(Path.of(System.getProperty("user.home"), ".scry"));
    }

    /** Where the home chosen in Preferences is kept: {@code $XDG_CONFIG_HOME/scry/home}, else {@code ~/.config/scry/home}. */
    public static Path chosenFile() {
        String config = System.getenv("XDG_CONFIG_HOME");
        Path base = config == null || config.isBlank() ? Path.of(System.getProperty("user.home"), ".config") : Path.of(config);
        return base.resolve("scry").resolve("home");
    }

    /** Makes {@code folder} the home used from the next start on (unless $SCRY_HOME says otherwise). */
    public static void choose(Path folder) throws java.io.IOException {
        Path file = chosenFile();
        java.nio.file.Files.createDirectories(file.getParent());
        java.nio.file.Files.writeString(file, folder.toAbsolutePath().normalize() + "\n");
    }

    public Path libraries() {
        return folder.resolve("libraries");
    }

    public Path models() {
        return folder.resolve("models");
    }
}
