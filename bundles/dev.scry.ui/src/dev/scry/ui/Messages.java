package dev.scry.ui;

import org.eclipse.osgi.util.NLS;

/** The workbench's strings, in English ({@code messages.properties}) and Simplified Chinese ({@code messages_zh.properties}). */
public final class Messages extends NLS {
    private static final String BUNDLE_NAME = "dev.scry.ui.messages";

    public static String library_new;
    public static String library_newPrompt;
    public static String library_addFolder;
    public static String library_addFolderTitle;
    public static String library_sync;
    public static String library_cancel;
    public static String library_columnName;
    public static String library_columnPictures;
    public static String library_columnFolders;
    public static String library_idle;
    public static String library_noLibrary;
    public static String library_rename;
    public static String library_renamePrompt;
    public static String library_clear;
    public static String library_clearConfirm;
    public static String library_remove;
    public static String library_removeConfirm;
    public static String library_removeFolder;
    public static String library_removeFolderConfirm;
    public static String library_watch;
    public static String library_problems;
    public static String library_problemsTitle;
    public static String library_noProblems;
    public static String library_progress;
    public static String query_dropHint;
    public static String query_textHint;
    public static String query_count;
    public static String query_encoder;
    public static String query_allLibraries;
    public static String query_minimum;
    public static String query_library;
    public static String query_searching;
    public static String query_found;
    public static String query_unreadable;
    public static String results_empty;
    public static String results_open;
    public static String results_copyPath;
    public static String results_searchSimilar;
    public static String results_reveal;
    public static String results_matched;
    public static String results_copyFile;
    public static String results_compare;
    public static String results_compareTitle;
    public static String results_compareText;
    public static String results_export;
    public static String results_contactSheet;
    public static String results_failed;
    public static String dupes_find;
    public static String dupes_kindExact;
    public static String dupes_kindNear;
    public static String dupes_kindSimilar;
    public static String dupes_minimum;
    public static String dupes_group;
    public static String dupes_columnPicture;
    public static String dupes_columnSimilarity;
    public static String dupes_columnSize;
    public static String dupes_columnDate;
    public static String dupes_trash;
    public static String dupes_trashConfirm;
    public static String dupes_found;
    public static String dupes_trashed;
    public static String dupes_searching;
    public static String job_dupes;
    public static String prefs_title;
    public static String prefs_home;
    public static String prefs_threads;
    public static String prefs_cache;
    public static String prefs_count;
    public static String prefs_minimum;
    public static String prefs_language;
    public static String prefs_languageSystem;
    public static String prefs_ocr;
    public static String prefs_restart;
    public static String prefs_failed;
    public static String progress_area;
    public static String dialog_ok;
    public static String dialog_cancel;
    public static String encoder_fingerprint;
    public static String job_index;
    public static String job_search;

    static {
        NLS.initializeMessages(BUNDLE_NAME, Messages.class);
    }

    public static String error_exists;
    public static String error_notFound;
    public static String error_inUse;
    public static String error_badName;
    public static String error_io;
    public static String error_picture;
    public static String problem_notAPicture;
    public static String problem_corrupt;
    public static String problem_truncated;
    public static String problem_tooLarge;
    public static String problem_unreadable;
    public static String problem_missing;
    public static String problem_linkLoop;
    public static String problem_notEncoded;
    public static String problem_detail;
    public static String library_summary;
    public static String library_summaryCompleted;
    public static String library_summaryCancelled;
    public static String problems_file;
    public static String problems_reason;
    public static String problems_copy;
    public static String dialog_close;
    public static String library_columnState;
    public static String state_indexing;
    public static String state_synced;
    public static String state_indexed;
    public static String state_empty;
    public static String state_watching;
    public static String state_notWatching;
    public static String state_problems;
    public static String query_downloading;
    public static String query_downloadFailed;
    public static String query_notWeb;
    public static String query_timedOut;
    public static String query_cancelled;
    public static String query_noConnection;
    public static String query_tooLarge;

    private Messages() {
    }
}
