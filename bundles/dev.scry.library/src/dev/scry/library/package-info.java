/**
 * Libraries: named collections of picture folders, each with its own index, kept under a Scry home
 * ({@link dev.scry.library.ScryHome}, {@link dev.scry.library.LibraryCatalog}), and the indexing that
 * brings pictures into them ({@link dev.scry.library.LibraryIndexer}) and the search over them
 * ({@link dev.scry.library.LibrarySearch}). UI-free: the command line and the workbench share it.
 */
package dev.scry.library;
