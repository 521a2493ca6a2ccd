/**
 * Libraries: named collections of picture folders, each with its own index, kept under a Scry home
 * ({@link dev.scry.library.ScryHome}, {@link dev.scry.library.LibraryCatalog}), and the indexing that
 * brings pictures into them ({@link dev.scry.library.LibraryIndexer}) and the search over them
 * ({@link dev.scry.library.LibrarySearch}). UI-free: the command line and the workbench share it.
 * <p>
 * A long-running process (the workbench, a service) searches through {@link dev.scry.library.OpenLibraries},
 * a DS service that keeps one warm index reader per library: {@code searcher(library)} in a
 * try-with-resources block gives a searcher of the latest commit, and {@code close(library)} lets the
 * reader go (the catalog does it before a clear, rename or remove). The search entry points take it as
 * their first argument ({@code QuerySearch}, {@code HybridSearch}, {@code Duplicates}, {@code PictureDetails},
 * {@code LibraryExport}, {@code new LibrarySearch(encoder, open)}, {@code new LibraryCatalog(home, open)});
 * their forms without it open a reader per call, as a one-shot command line verb does.
 */
package dev.scry.library;
