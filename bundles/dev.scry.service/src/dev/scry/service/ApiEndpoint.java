package dev.scry.service;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

import dev.scry.cli.ExitCodes;
import dev.scry.cli.Json;
import dev.scry.library.Library;
import dev.scry.library.LibraryCatalog;
import dev.scry.library.LibraryException;

/**
 * The HTTP JSON API (described by {@code openapi.yaml}): each request is the command line verb that
 * does it, run with {@code --json} where the verb has it, so the API answers what the command line
 * prints, with its reasons and exit codes in the errors. Indexing and installs are {@link Jobs}.
 */
final class ApiEndpoint {
    /** The working directory of the API's commands: its paths must be absolute. */
    private static final Path ROOT = Path.of("/");

    private final CommandLines commandLines;
    private final Calls calls;
    private final Jobs jobs;
    private final long uploadLimit;

    ApiEndpoint(CommandLines commandLines, Calls calls, Jobs jobs, long uploadLimit) {
        this.commandLines = commandLines;
        this.calls = calls;
        this.jobs = jobs;
        this.uploadLimit = uploadLimit;
    }

    /** Answers {@code method path}; false when no route matches. */
    boolean handle(String method, List<String> path, Request request, Response response, Callback callback, boolean remote)
            throws Exception {
        Fields query = Request.extractQueryParameters(request, StandardCharsets.UTF_8);
        String route = method + " " + String.join("/", path);
        int size = path.size();
        if (size >= 1 && path.get(0).equals("libraries")) {
            if (size == 1 && method.equals("GET")) {
                answer(response, callback, run("lib", "list", "--json"), true);
            } else if (size == 1 && method.equals("POST")) {
                answerMessage(response, callback, run("lib", "create", required(query, "name")));
            } else if (size == 2 && method.equals("GET")) {
                answer(response, callback, run("lib", "info", path.get(1), "--json"), false);
            } else if (size == 2 && method.equals("DELETE")) {
                answerMessage(response, callback, run("lib", "remove", "--yes", path.get(1)));
            } else if (size == 3) {
                return library(method, path.get(1), path.get(2), query, request, response, callback, remote);
            } else {
                return false;
            }
            return true;
        }
        if (route.equals("GET compare")) {
            List<String> args = List.of("cmp", required(query, "a"), required(query, "b"), "--json");
            if (refuseOutside(remote, query, response, callback, args.get(1), args.get(2))) {
                return true;
            }
            answer(response, callback, run(args), false);
        } else if (route.equals("GET models")) {
            answer(response, callback, run("models", "list", "--json"), true);
        } else if (size == 3 && path.get(0).equals("models") && path.get(2).equals("install") && method.equals("POST")) {
            List<String> args = new ArrayList<>(List.of("models", "install", path.get(1)));
            if ("true".equals(query.getValue("force"))) {
                args.add("--force");
            }
            started(response, callback, jobs.start(ROOT, args));
        } else if (route.equals("GET jobs")) {
            Answers.json(response, callback, 200, "[" + String.join(",\n", jobs.list().stream().map(Job::json).toList()) + "]");
        } else if (size == 2 && path.get(0).equals("jobs") && method.equals("GET")) {
            jobs.find(path.get(1)).ifPresentOrElse(job -> Answers.json(response, callback, 200, job.json()),
                    () -> Answers.error(response, callback, 404, ExitCodes.NOT_FOUND, "no job " + path.get(1)));
        } else if (size == 3 && path.get(0).equals("jobs") && path.get(2).equals("cancel") && method.equals("POST")) {
            jobs.find(path.get(1)).ifPresentOrElse(job -> {
                job.call().stop().ask();
                Answers.json(response, callback, 202, job.json());
            }, () -> Answers.error(response, callback, 404, ExitCodes.NOT_FOUND, "no job " + path.get(1)));
        } else {
            return false;
        }
        return true;
    }

    private boolean library(String method, String name, String what, Fields query, Request request, Response response, Callback callback,
            boolean remote) throws Exception {
        switch (method + " " + what) {
            case "GET search" -> {
                List<String> args = searchArgs(name, query);
                List<String> words = values(query, "q");
                List<String> paths = values(query, "path");
                if (words.isEmpty() && paths.isEmpty()) {
                    Answers.error(response, callback, 400, ExitCodes.USAGE, "give words (q=) or a picture's path (path=)");
                    return true;
                }
                if (refuseOutside(remote, query, response, callback, paths.toArray(String[]::new))) {
                    return true;
                }
                if (!words.isEmpty()) {
                    args.add("--text");
                    for (String each : words) {
                        args.add("--query=" + each); // each q= is a query of its own (arguments side by side are one phrase)
                    }
                } else {
                    args.add("--image");
                    args.addAll(paths);
                }
                answer(response, callback, run(args), true);
            }
            case "POST search" -> searchUpload(name, query, request, response, callback);
            case "GET duplicates" -> {
                List<String> args = new ArrayList<>(List.of("-l", name, "dupes", "--json"));
                option(args, query, "m", "-m");
                answer(response, callback, run(args), true);
            }
            case "GET export" -> answer(response, callback, run("-l", name, "export", "--json"), true);
            case "POST rename" -> answerMessage(response, callback, run("lib", "rename", name, required(query, "to")));
            case "POST clear" -> answerMessage(response, callback, run("lib", "clear", "--yes", name));
            case "POST tags" -> {
                List<String> args = new ArrayList<>(List.of("-l", name, "tag"));
                if ("true".equals(query.getValue("remove"))) {
                    args.add("--remove");
                }
                String picture = required(query, "path");
                if (refuseOutside(remote, query, response, callback, picture)) {
                    return true;
                }
                args.add(picture);
                args.addAll(values(query, "tag"));
                answerMessage(response, callback, run(args));
            }
            case "POST add" -> {
                List<String> paths = values(query, "path");
                if (paths.isEmpty()) {
                    Answers.error(response, callback, 400, ExitCodes.USAGE, "give the files and folders to add (path=)");
                    return true;
                }
                List<String> args = new ArrayList<>(List.of("-l", name, "add"));
                args.addAll(paths);
                started(response, callback, jobs.start(ROOT, args));
            }
            case "POST sync" -> started(response, callback, jobs.start(ROOT, List.of("-l", name, "sync")));
            default -> {
                return false;
            }
        }
        return true;
    }

    private static List<String> searchArgs(String library, Fields query) {
        List<String> args = new ArrayList<>(List.of("-l", library, "search", "--json"));
        option(args, query, "n", "-n");
        option(args, query, "m", "-m");
        for (String name : List.of("region", "model", "folder", "from", "to", "min-size", "max-size", "format", "where")) {
            option(args, query, name, "--" + name);
        }
        return args;
    }

    /** Search with the picture in the body (its bytes, at most the upload limit). */
    private void searchUpload(String library, Fields query, Request request, Response response, Callback callback) throws Exception {
        byte[] bytes;
        try {
            bytes = Answers.body(request, uploadLimit);
        } catch (Answers.TooLarge e) {
            Answers.error(response, callback, 413, ExitCodes.USAGE, e.getMessage());
            return;
        }
        Path upload = Files.createTempFile("scry-upload", ".picture"); // 0600
        try {
            Files.write(upload, bytes);
            List<String> args = searchArgs(library, query);
            args.add("--image");
            args.add(upload.toString());
            Captured captured = run(args);
            Captured named = new Captured(captured.exit(), captured.out().replace(Json.string(upload.toString()), Json.string("upload")),
                    captured.err().replace(upload.toString(), "upload"));
            answer(response, callback, named, true);
        } finally {
            Files.deleteIfExists(upload);
        }
    }

    private static void option(List<String> args, Fields query, String parameter, String option) {
        String value = query.getValue(parameter);
        if (value != null) {
            args.add(option);
            args.add(value);
        }
    }

    /** The values of a repeated query parameter; none when it is absent (Jetty gives null then). */
    private static List<String> values(Fields query, String parameter) {
        List<String> values = query.getValues(parameter);
        return values == null ? List.of() : values;
    }

    private static String required(Fields query, String parameter) {
        String value = query.getValue(parameter);
        if (value == null || value.isBlank()) {
            throw new MissingParameter(parameter);
        }
        return value;
    }

    /** A required query parameter is missing: answered with 400. */
    static final class MissingParameter extends IllegalArgumentException {
        private static final long serialVersionUID = 1L;

        MissingParameter(String name) {
            super("the query parameter " + name + " is missing");
        }
    }

    /**
     * Over TCP, a path outside every library's folders is read only when the request asks for it
     * ({@code outside=true}): answers 403 and returns true otherwise.
     */
    private boolean refuseOutside(boolean remote, Fields query, Response response, Callback callback, String... paths)
            throws LibraryException {
        if (!remote || "true".equals(query.getValue("outside")) || paths.length == 0) {
            return false;
        }
        List<Path> folders = new ArrayList<>();
        for (Library library : new LibraryCatalog(commandLines.home()).list()) {
            library.pictureFolders().forEach(f -> folders.add(f.toAbsolutePath().normalize()));
        }
        for (String given : paths) {
            Path path = ROOT.resolve(given).normalize();
            if (folders.stream().noneMatch(path::startsWith)) {
                Answers.error(response, callback, 403, ExitCodes.USAGE,
                        given + " is outside the libraries' folders; ask with outside=true to read it anyway");
                return true;
            }
        }
        return false;
    }

    private Captured run(String... args) {
        return run(List.of(args));
    }

    private Captured run(List<String> args) {
        Call call = calls.begin(UUID.randomUUID().toString(), args);
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int exit = commandLines.run(call, ROOT, false, new PrintStream(out, true, StandardCharsets.UTF_8),
                    new PrintStream(err, true, StandardCharsets.UTF_8));
            return new Captured(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            calls.end(call);
        }
    }

    /** The command's JSON output ({@code lines}: one object per line, as an array), or its error. */
    private static void answer(Response response, Callback callback, Captured captured, boolean lines) {
        if (captured.exit() != ExitCodes.OK) {
            Answers.error(response, callback, Answers.status(captured.exit()), captured.exit(), captured.reason());
        } else {
            Answers.json(response, callback, 200, lines ? JsonLines.array(captured.out()) : captured.out().strip());
        }
    }

    /** A command that prints a sentence: {@code {"message": "..."}}, or its error. */
    private static void answerMessage(Response response, Callback callback, Captured captured) {
        if (captured.exit() != ExitCodes.OK) {
            Answers.error(response, callback, Answers.status(captured.exit()), captured.exit(), captured.reason());
        } else {
            Answers.json(response, callback, 200, "{\"message\": " + Json.string(captured.out().strip()) + "}");
        }
    }

    private static void started(Response response, Callback callback, Job job) {
        response.getHeaders().put("Location", "/v1/jobs/" + job.call().id());
        Answers.json(response, callback, 202, job.json());
    }
}
