package dev.scry.service;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import dev.scry.cli.Json;

/** A command line the API runs in the background ({@code add}, {@code sync}, {@code models install}): its progress, its end. */
final class Job {
    private static final Pattern DONE = Pattern.compile("(\\d+) of (\\d+)");

    private final Call call;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private volatile Integer exit;

    Job(Call call) {
        this.call = call;
    }

    Call call() {
        return call;
    }

    ByteArrayOutputStream out() {
        return out;
    }

    ByteArrayOutputStream err() {
        return err;
    }

    void finished(int code) {
        exit = code;
    }

    boolean running() {
        return exit == null;
    }

    /** {@code {"id", "args", "state", "exit", "done", "total", "progress", "output", "errors"}}. */
    String json() {
        String errors;
        String output;
        synchronized (err) {
            errors = err.toString(StandardCharsets.UTF_8);
        }
        synchronized (out) {
            output = out.toString(StandardCharsets.UTF_8);
        }
        List<String> lines = errors.lines().map(l -> l.contains("\r") ? l.substring(l.lastIndexOf('\r') + 1) : l).toList();
        String progress = lines.stream().filter(l -> DONE.matcher(l).find()).reduce((a, b) -> b).orElse("");
        Matcher done = DONE.matcher(progress);
        Integer code = exit;
        String state = code == null ? (call.stop().asked() ? "cancelling" : "running")
                : code == 0 ? "done" : code == 130 ? "cancelled" : "failed";
        return "{\"id\": " + Json.string(call.id()) + ", \"args\": " + JsonLines.strings(call.args()) + ", \"state\": \"" + state + "\""
                + ", \"exit\": " + (code == null ? "null" : code)
                + (done.find() ? ", \"done\": " + done.group(1) + ", \"total\": " + done.group(2) : "")
                + ", \"progress\": " + Json.string(progress) + ", \"output\": " + Json.string(output) + ", \"errors\": " + Json.string(errors) + "}";
    }
}
