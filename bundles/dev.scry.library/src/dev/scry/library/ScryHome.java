package dev.scry.library;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The folder that holds a user's libraries ({@code libraries/}) and models ({@code models/}), found by
 * the one rule of {@link HomeLookup}: {@code --home} if given, else the {@value #PROPERTY} system
 * property, else {@code $SCRY_HOME}, else the folder chosen in Preferences (kept in
 * {@code ~/.config/scry/home}), else {@code ~/.scry}.
 */
public record ScryHome(Path folder) {
    /** The system property naming the home (the start script sets it for the workbench). */
    public static final String PROPERTY = "scry.home";
    public static final String ENVIRONMENT_VARIABLE = "SCRY_HOME";

    public ScryHome {
        folder = folder.toAbsolutePath().normalize();
    }

    /** The home given explicitly, else as {@link HomeLookup#system()} finds it. */
    public static ScryHome resolve(Path explicit) {
        return HomeLookup.system().resolve(explicit);
    }

    /** Where this process keeps the home chosen in Preferences. */
    public static Path chosenFile() {
        return HomeLookup.system().chosenFile();
    }

    /** Makes {@code folder} the home used from the next start on (unless $SCRY_HOME says otherwise). */
    public static void choose(Path folder) throws IOException {
        HomeLookup.system().choose(folder);
    }

    public Path libraries() {
        return folder.resolve("libraries");
    }

    public Path models() {
        return folder.resolve("models");
    }
}
