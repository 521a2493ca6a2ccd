package dev.scry.plugins;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.IStatus;

/**
 * The planner's or the engine's status as the lines a user reads: the missing requirements when there
 * are some (p2's "Missing requirement: A requires 'osgi.bundle; B 0.0.0' but it could not be found"),
 * else every problem's message, without repeats.
 */
final class PlanProblems {
    private PlanProblems() {
    }

    static List<String> of(IStatus status) {
        Set<String> all = new LinkedHashSet<>();
        collect(status, all);
        List<String> missing = all.stream().filter(m -> m.startsWith("Missing requirement")).toList();
        return missing.isEmpty() ? new ArrayList<>(all) : missing;
    }

    private static void collect(IStatus status, Set<String> into) {
        if (status.isOK()) {
            return;
        }
        if (status.getMessage() != null && !status.getMessage().isBlank()) {
            into.add(status.getMessage().strip());
        }
        if (status.getException() != null && status.getException().getMessage() != null && !status.isMultiStatus()) {
            into.add(status.getException().getMessage().strip());
        }
        for (IStatus child : status.getChildren()) {
            collect(child, into);
        }
    }
}
