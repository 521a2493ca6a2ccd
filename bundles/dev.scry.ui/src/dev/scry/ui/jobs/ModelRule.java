package dev.scry.ui.jobs;

import org.eclipse.core.runtime.jobs.ISchedulingRule;

/** Only one job installs, verifies or removes a given model at a time. */
public record ModelRule(String model) implements ISchedulingRule {
    @Override
    public boolean contains(ISchedulingRule rule) {
        return equals(rule);
    }

    @Override
    public boolean isConflicting(ISchedulingRule rule) {
        return equals(rule);
    }
}
