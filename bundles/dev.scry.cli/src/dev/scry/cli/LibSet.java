package dev.scry.cli;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import dev.scry.library.Library;
import dev.scry.library.LibraryException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code scry lib set NAME ocr=on|off watch=on|off}: changes a library's settings. Turning OCR on makes
 * the next {@code add} or {@code sync} read the words in the pictures indexed without them, as a new
 * model's vectors are filled in. Every setting is checked before any is saved.
 */
@Command(name = "set", description = "Change a library's settings: ocr=on|off (read the words in pictures; turned on, the next add or"
        + " sync reads them in the pictures indexed without), watch=on|off.")
final class LibSet implements Callable<Integer> {
    @ParentCommand
    LibCommand lib;

    @Parameters(index = "0", paramLabel = "NAME")
    String name;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "SETTING=VALUE")
    List<String> settings;

    @Override
    public Integer call() throws LibraryException {
        Library library = lib.scry.catalog().get(name);
        boolean ocr = library.ocr();
        boolean watch = library.watch();
        for (String setting : settings) {
            int equals = setting.indexOf('=');
            String key = equals < 0 ? setting : setting.substring(0, equals).strip().toLowerCase(Locale.ROOT);
            String value = equals < 0 ? "" : setting.substring(equals + 1).strip().toLowerCase(Locale.ROOT);
            Boolean on = switch (value) {
                case "on", "true", "yes" -> Boolean.TRUE;
                case "off", "false", "no" -> Boolean.FALSE;
                default -> null;
            };
            if (!key.equals("ocr") && !key.equals("watch") || on == null) {
                lib.scry.err.println("scry: " + setting + ": not a setting; use ocr=on|off or watch=on|off");
                return ExitCodes.USAGE;
            }
            if (key.equals("ocr")) {
                ocr = on;
            } else {
                watch = on;
            }
        }
        boolean ocrTurnedOn = ocr && !library.ocr();
        Library changed = lib.scry.catalog().configure(library, library.encoders(), ocr, watch, library.vectors());
        lib.scry.out.println("library " + changed.name() + ": ocr " + (changed.ocr() ? "on" : "off") + ", watch "
                + (changed.watch() ? "on" : "off") + (ocrTurnedOn ? "; the next add or sync reads the words in its pictures" : ""));
        return ExitCodes.OK;
    }
}
