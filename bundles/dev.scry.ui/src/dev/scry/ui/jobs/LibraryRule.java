package dev.scry.ui.jobs;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/** Only one job changes a given library at a time. */
public record LibraryRule(String library) implements ISchedulingRule {
    @Override
    public boolean contains(ISchedulingRule rule) {
        return equals(rule);
    }

    @Override
    public boolean isConflicting(ISchedulingRule rule) {
        return equals(rule);
    }
}
