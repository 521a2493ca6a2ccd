package dev.scry.plugins;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.MultiStatus;
import org.eclipse.core.runtime.Status;
import org.junit.jupiter.api.Test;

class PlanProblemsTest {
    private static final String ID = "test";

    @Test
    void missingRequirementsAreWhatTheUserReads() {
        MultiStatus plan = new MultiStatus(ID, 1, "Cannot complete the install because one or more required items could not be found.", null);
        plan.add(Status.error("Software being installed: Needy 1.0.0 (needy.feature.group 1.0.0)"));
        plan.add(Status.error("Missing requirement: Needy 1.0.0 (needy.feature.group 1.0.0) requires 'osgi.bundle; gone 0.0.0' but it could not be found"));
        assertEquals(List.of("Missing requirement: Needy 1.0.0 (needy.feature.group 1.0.0) requires 'osgi.bundle; gone 0.0.0' but it could not be found"),
                PlanProblems.of(plan));
    }

    @Test
    void otherwiseEveryProblemOnce() {
        MultiStatus plan = new MultiStatus(ID, 1, "Cannot complete the install because of a conflicting dependency.", null);
        plan.add(Status.error("Only one of the following can be installed at once: a 1.0, a 2.0"));
        plan.add(Status.error("Only one of the following can be installed at once: a 1.0, a 2.0"));
        plan.add(Status.info("a note"));
        plan.add(new Status(IStatus.ERROR, ID, "disk full", new java.io.IOException("No space left on device")));
        assertEquals(List.of("Cannot complete the install because of a conflicting dependency.",
                "Only one of the following can be installed at once: a 1.0, a 2.0", "a note", "disk full", "No space left on device"),
                PlanProblems.of(plan));
        assertEquals(List.of(), PlanProblems.of(Status.OK_STATUS));
    }
}
