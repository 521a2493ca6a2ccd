package dev.scry.ui.handlers;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.eclipse.e4.core.di.annotations.Optional;
import org.eclipse.e4.ui.di.AboutToShow;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.commands.MCommandsFactory;
import org.eclipse.e4.ui.model.application.commands.MParameter;
import org.eclipse.e4.ui.model.application.ui.menu.MHandledMenuItem;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuElement;
import org.eclipse.e4.ui.model.application.ui.menu.MMenuFactory;
import org.eclipse.osgi.util.NLS;

import dev.scry.encoder.EncoderRegistry;
import dev.scry.encoder.ImageEncoder;
import dev.scry.library.Library;
import dev.scry.ui.Messages;
import dev.scry.ui.parts.LibraryPart;

/**
 * The entries of the Library view's context menu that depend on the library (a dynamic menu
 * contribution of the application model): "Remove Folder" for each of its folders and "Encode with"
 * each installed model but the built-in fingerprint, each a command of the model with the folder or
 * the encoder as its parameter ({@link LibraryCommand.RemoveFolder}, {@link LibraryCommand.EncodeWith}).
 */
public final class LibraryMenuEntries {
    /** The command that stops covering a folder. */
    public static final String REMOVE_FOLDER = "dev.scry.command.library.removeFolder";
    /** The command that encodes a library's pictures with a model. */
    public static final String ENCODE_WITH = "dev.scry.command.library.encodeWith";

    private LibraryMenuEntries() {
    }

    /** The "Remove Folder" entries, one for each folder of the library selected. */
    public static final class Folders {
        @AboutToShow
        public void aboutToShow(List<MMenuElement> items, @Optional LibraryPart part, MApplication application) {
            Library library = part == null ? null : part.selectedLibraryRecord();
            if (library != null) {
                items.addAll(folders(library, application::getCommand));
            }
        }
    }

    /** The "Encode with" entries, one for each installed model, after a separator. */
    public static final class Models {
        @AboutToShow
        public void aboutToShow(List<MMenuElement> items, @Optional LibraryPart part, MApplication application) {
            if (part != null && part.selectedLibraryRecord() != null) {
                items.addAll(models(part.libraries().imageEncoders(), application::getCommand));
            }
        }
    }

    /** The entries for the folders of {@code library}, with the model's commands found by id through {@code commands}. */
    public static List<MMenuElement> folders(Library library, Function<String, MCommand> commands) {
        List<MMenuElement> entries = new ArrayList<>();
        for (Path folder : library.pictureFolders()) {
            entries.add(entry("dev.scry.item.library.removeFolder." + entries.size(), Messages.library_removeFolder + "  " + folder,
                    commands.apply(REMOVE_FOLDER), LibraryCommand.FOLDER, folder.toString()));
        }
        return entries;
    }

    /** The entries for the models among {@code encoders}, after a separator (none when only the fingerprint is installed). */
    public static List<MMenuElement> models(List<ImageEncoder> encoders, Function<String, MCommand> commands) {
        List<MMenuElement> entries = new ArrayList<>();
        List<ImageEncoder> models = encoders.stream().filter(e -> !e.id().equals(EncoderRegistry.FINGERPRINT)).toList();
        if (!models.isEmpty()) {
            entries.add(MMenuFactory.INSTANCE.createMenuSeparator());
        }
        for (ImageEncoder encoder : models) {
            entries.add(entry("dev.scry.item.library.encodeWith." + encoder.id(), NLS.bind(Messages.library_encodeWith, encoder.label()),
                    commands.apply(ENCODE_WITH), LibraryCommand.ENCODER, encoder.id()));
        }
        return entries;
    }

    private static MHandledMenuItem entry(String id, String label, MCommand command, String parameter, String value) {
        MHandledMenuItem item = MMenuFactory.INSTANCE.createHandledMenuItem();
        item.setElementId(id);
        item.setLabel(label);
        item.setCommand(command);
        MParameter argument = MCommandsFactory.INSTANCE.createParameter();
        argument.setElementId(id + ".parameter");
        argument.setName(parameter);
        argument.setValue(value);
        item.getParameters().add(argument);
        return item;
    }
}
