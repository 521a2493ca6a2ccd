package dev.scry.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The files a run reads: each changed file once, and one file per picture that lacks an encoder's vectors. */
class IndexPlanTest {
    @Test
    void aPictureWithSeveralCopiesIsCompletedThroughOneOfThem() {
        IndexPlan plan = new IndexPlan();
        plan.index(Path.of("/p/new.png"), 10, 1);
        assertTrue(plan.complete(Path.of("/p/a.png"), 20, 2, "hash-a"));
        assertFalse(plan.complete(Path.of("/p/copy-of-a.png"), 20, 3, "hash-a"), "the same bytes are read once");
        assertTrue(plan.complete(Path.of("/p/b.png"), 30, 4, "hash-b"));
        assertEquals(List.of(Path.of("/p/new.png"), Path.of("/p/a.png"), Path.of("/p/b.png")),
                plan.tasks().stream().map(IndexPlan.Task::path).toList());
        assertEquals("hash-a", plan.task(Path.of("/p/a.png")).orElseThrow().completes());
        assertEquals(null, plan.task(Path.of("/p/new.png")).orElseThrow().completes());
        assertEquals(20, plan.task(Path.of("/p/a.png")).orElseThrow().size());
        assertTrue(plan.task(Path.of("/p/copy-of-a.png")).isEmpty());
    }
}
