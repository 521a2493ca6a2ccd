package dev.scry.ui;

/** Event topics the views exchange through the {@code IEventBroker}. */
public final class ScryEvents {
    /** Data: {@link SearchResults}. Sent when a search finishes. */
    public static final String RESULTS = "dev/scry/results";
    /** Data: the library name. Sent when a library is created, changed or indexed. */
    public static final String LIBRARY_CHANGED = "dev/scry/library";
    /** A library was made elsewhere than in the Libraries view (File > New Library on a Cluster…); the data is its name. */
    public static final String LIBRARY_CREATED = "dev/scry/created/library";
    /** Data: the library name. Sent when the user selects a library in the Library view. */
    public static final String LIBRARY_SELECTED = "dev/scry/library/selected";
    /** Data: the {@code java.nio.file.Path} of a picture to search with. */
    public static final String SEARCH_PICTURE = "dev/scry/search/picture";

    /** Data: the id of a model. Sent when the encoders changed because a model was installed or removed. */
    public static final String ENCODERS_CHANGED = "dev/scry/encoders";
    /** Data: the id of a model. Sent when the user installed a model in the Models view (its encoders are registered). */
    public static final String MODEL_INSTALLED = "dev/scry/encoders/installed";

    /** Data: the name of the library the Query view searches now, or "" for all libraries or none. */
    public static final String QUERY_LIBRARY = "dev/scry/query/library";
    /** Data: the name of a library. Sent by an empty state's button: the Libraries view asks for a folder to add. */
    public static final String ADD_FOLDER = "dev/scry/ask/addFolder";
    /** Data: ignored. Sent by an empty state's button: the Libraries view puts the keyboard in its name field. */
    public static final String NEW_LIBRARY = "dev/scry/ask/newLibrary";

    private ScryEvents() {
    }
}
