/** The workbench's long work as Eclipse Jobs: indexing a library and searching one, one writer per library. */
package dev.scry.ui.jobs;
