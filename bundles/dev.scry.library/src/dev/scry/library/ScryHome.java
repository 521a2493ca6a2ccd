package dev.scry.library;

import java.nio.file.Path;

/**
 * The folder that holds a user's libraries and models: {@code --home} if given, else
 * {@code $SCRY_HOME}, else {@code ~/.scry}.
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
        return new ScryHome(Path.of(System.getProperty("user.home"), ".scry"));
    }

    public Path libraries() {
        return folder.resolve("libraries");
    }

    public Path models() {
        return folder.resolve("models");
    }
}
