package dev.scry.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import picocli.CommandLine;

/** The completion script and the man page: written from the command model, they know every verb. */
class ShellFilesTest {
    @TempDir
    Path temp;

    /** What bash's completion offers for the words typed so far (the last one being completed). */
    private List<String> complete(Path script, String... words) throws Exception {
        // compopt works only inside a completion bash runs itself: a no-op here
        StringBuilder line = new StringBuilder("source '" + script + "'; compopt() { :; }; COMP_WORDS=(");
        for (String word : words) {
            line.append(" '").append(word).append('\'');
        }
        line.append(" ); COMP_CWORD=").append(words.length - 1).append("; COMP_LINE='").append(String.join(" ", words))
                .append("'; COMP_POINT=${#COMP_LINE}; _complete_scry; printf '%s\\n' \"${COMPREPLY[@]}\"");
        Process bash = new ProcessBuilder("bash", "-c", line.toString()).redirectErrorStream(true).start();
        String printed = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(bash.waitFor(30, TimeUnit.SECONDS), "bash did not finish");
        assertEquals(0, bash.exitValue(), printed);
        return printed.lines().filter(l -> !l.isBlank()).map(String::strip).sorted().toList();
    }

    @Test
    void theCompletionScriptCompletesVerbsAndTheirOptions() throws Exception {
        Path folder = ShellFiles.write(temp.resolve("shell"));
        Path script = folder.resolve(ShellFiles.COMPLETION);
        List<String> verbs = complete(script, "scry", "");
        for (String verb : List.of("lib", "add", "sync", "search", "cmp", "dupes", "export", "encoders", "models", "plugins", "ocr", "tag", "help")) {
            assertTrue(verbs.contains(verb), verb + " in " + verbs);
        }
        assertEquals(List.of("search"), complete(script, "scry", "sea"));
        assertEquals(List.of("clear", "copy", "create"), complete(script, "scry", "lib", "c"));
        assertEquals(List.of("remove"), complete(script, "scry", "plugins", "re"));
        assertEquals(List.of("--trust-signer", "--trust-unsigned"), complete(script, "scry", "plugins", "install", "--tr"));
        List<String> options = complete(script, "scry", "search", "--f");
        assertEquals(List.of("--folder", "--format", "--from", "--from-file"), options);
    }

    @Test
    void theManPageDescribesEveryVerb() throws Exception {
        Path page = ShellFiles.write(temp.resolve("shell")).resolve(ShellFiles.MAN_PAGE);
        String roff = Files.readString(page, StandardCharsets.UTF_8);
        assertTrue(roff.startsWith(".TH SCRY 1 "), roff);
        List<String> missing = new ArrayList<>();
        CommandLine model = ShellFiles.model();
        for (CommandLine verb : ManPage.verbs(model)) {
            String heading = ".SS " + ManPage.escape(verb.getCommandSpec().qualifiedName()) + "\n";
            if (!roff.contains(heading)) {
                missing.add(heading);
            }
        }
        assertEquals(List.of(), missing);
        for (String verb : List.of("scry lib clear", "scry lib remove", "scry search", "scry models install", "scry ocr", "scry cmp")) {
            assertTrue(roff.contains(".SS " + ManPage.escape(verb) + "\n"), verb);
        }
        assertTrue(roff.contains(".B \\-\\-from\\-file \\fILIST\\fR\n"), "search's options are described");
        assertTrue(roff.contains(".SH EXIT STATUS\n.TP\n.B 0\nsuccess\n"), roff);
        Process man = new ProcessBuilder("sh", "-c", "command -v groff >/dev/null || exit 77; groff -man -Tutf8 -ww -z '" + page + "'")
                .redirectErrorStream(true).start();
        String warnings = new String(man.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(man.waitFor(30, TimeUnit.SECONDS));
        assertTrue(man.exitValue() == 0 || man.exitValue() == 77, warnings);
        assertEquals("", warnings, "groff finds nothing wrong in the page");
    }
}
