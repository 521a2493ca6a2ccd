package dev.scry.ui;

import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import dev.scry.library.Library;
import dev.scry.library.LibraryCatalog;
import dev.scry.library.LibraryException;
import dev.scry.library.LibraryStore;

/**
 * File > New Library on a Cluster…: a library whose pictures live in an index of an OpenSearch 2.x
 * cluster, as {@code scry lib create NAME --opensearch URL [--index] [--user --password-file |
 * --api-key-file] [--insecure]} makes it. <em>Create</em> checks the fields, then reaches the cluster
 * off the UI thread (the dialog says it is connecting); a cluster that cannot be reached, refuses the
 * credentials or has a certificate that is not trusted creates nothing, and the dialog stays open with
 * the sentence why. The secrets stay in their files: the library keeps the files' paths.
 */
public final class ClusterLibraryDialog extends TitleAreaDialog {
    private static final int SHARDS = 1;
    private static final int REPLICAS = 1;

    private final LibraryCatalog catalog;
    private Text name;
    private Text url;
    private Text index;
    private Text user;
    private Text passwordFile;
    private Text apiKeyFile;
    private Button insecure;
    private Library created;
    private boolean connecting;

    public ClusterLibraryDialog(Shell parent, LibraryCatalog catalog) {
        super(parent);
        this.catalog = catalog;
    }

    /** The library made, once the dialog closed with it made. */
    public Optional<Library> created() {
        return Optional.ofNullable(created);
    }

    @Override
    protected void configureShell(Shell shell) {
        super.configureShell(shell);
        shell.setText(Messages.cluster_title);
    }

    @Override
    protected boolean isResizable() {
        return true;
    }

    @Override
    protected Control createDialogArea(Composite parent) {
        setTitle(Messages.cluster_title);
        setMessage(Messages.cluster_message);
        Composite area = (Composite) super.createDialogArea(parent);
        Composite fields = new Composite(area, SWT.NONE);
        fields.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        fields.setLayout(new GridLayout(3, false));
        name = field(fields, Messages.cluster_name, "clusterName", false);
        url = field(fields, Messages.cluster_url, "clusterUrl", false);
        url.setMessage("https://nas.local:9200");
        index = field(fields, Messages.cluster_index, "clusterIndex", false);
        index.setMessage(Messages.cluster_indexHint);
        user = field(fields, Messages.cluster_user, "clusterUser", false);
        passwordFile = field(fields, Messages.cluster_passwordFile, "clusterPasswordFile", true);
        apiKeyFile = field(fields, Messages.cluster_apiKeyFile, "clusterApiKeyFile", true);
        new Label(fields, SWT.NONE);
        insecure = new Button(fields, SWT.CHECK);
        insecure.setText(Messages.cluster_insecure);
        insecure.setData(dev.scry.ui.parts.LibraryPart.ID, "clusterInsecure");
        insecure.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
        return area;
    }

    private Text field(Composite parent, String label, String id, boolean file) {
        new Label(parent, SWT.NONE).setText(label);
        Text text = new Text(parent, SWT.BORDER);
        text.setData(dev.scry.ui.parts.LibraryPart.ID, id);
        GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false, file ? 1 : 2, 1);
        data.widthHint = 360;
        text.setLayoutData(data);
        if (file) {
            Button browse = new Button(parent, SWT.PUSH);
            browse.setText(Messages.cluster_browse);
            browse.addListener(SWT.Selection, e -> {
                String chosen = new FileDialog(getShell(), SWT.OPEN).open();
                if (chosen != null) {
                    text.setText(chosen);
                }
            });
        }
        return text;
    }

    @Override
    protected void createButtonsForButtonBar(Composite parent) {
        createButton(parent, IDialogConstants.OK_ID, Messages.cluster_create, true);
        createButton(parent, IDialogConstants.CANCEL_ID, Messages.dialog_cancel, false);
    }

    @Override
    protected void okPressed() {
        if (connecting) {
            return;
        }
        String libraryName = name.getText().strip();
        String address = url.getText().strip();
        LibraryStore store;
        try {
            store = store(libraryName, address);
        } catch (IllegalArgumentException e) {
            setErrorMessage(e.getMessage());
            return;
        }
        connecting = true;
        getButton(IDialogConstants.OK_ID).setEnabled(false);
        setErrorMessage(null);
        setMessage(NLS.bind(Messages.cluster_connecting, address));
        org.eclipse.swt.widgets.Display display = getShell().getDisplay();
        Thread.ofVirtual().name("scry-cluster-library").start(() -> {
            Library library = null;
            String failure = null;
            try {
                library = catalog.create(libraryName, store, SHARDS, REPLICAS);
            } catch (LibraryException e) {
                // the library layer's own sentence names the address and the reason (the general "files of the
                // library could not be read or written" would hide them)
                failure = e.kind() == LibraryException.Kind.IO ? e.getMessage() : UserWords.of(e);
                Failure.logged(ClusterLibraryDialog.class, failure, e);
            }
            Library made = library;
            String why = failure;
            display.asyncExec(() -> finished(made, why));
        });
    }

    /** The store the fields describe; a sentence of what is missing or does not go together otherwise. */
    private LibraryStore store(String libraryName, String address) {
        if (libraryName.isEmpty()) {
            throw new IllegalArgumentException(Messages.cluster_needName);
        }
        if (address.isEmpty()) {
            throw new IllegalArgumentException(Messages.cluster_needUrl);
        }
        String userName = user.getText().strip();
        String password = passwordFile.getText().strip();
        String apiKey = apiKeyFile.getText().strip();
        if (userName.isEmpty() != password.isEmpty()) {
            throw new IllegalArgumentException(Messages.cluster_userAndPassword);
        }
        if (!userName.isEmpty() && !apiKey.isEmpty()) {
            throw new IllegalArgumentException(Messages.cluster_oneCredential);
        }
        String indexName = index.getText().strip();
        LibraryStore store = LibraryStore.openSearch(address, indexName.isEmpty() ? LibraryStore.defaultIndex(libraryName) : indexName);
        if (!userName.isEmpty()) {
            store = store.withPassword(userName, Path.of(password));
        }
        if (!apiKey.isEmpty()) {
            store = store.withApiKey(Path.of(apiKey));
        }
        return insecure.getSelection() ? store.insecurely() : store;
    }

    private void finished(Library library, String failure) {
        connecting = false;
        if (getShell() == null || getShell().isDisposed()) {
            return;
        }
        if (library != null) {
            created = library;
            super.okPressed();
            return;
        }
        setMessage(Messages.cluster_message);
        setErrorMessage(failure);
        getButton(IDialogConstants.OK_ID).setEnabled(true);
    }

    @Override
    protected void handleShellCloseEvent() {
        if (!connecting) { // the library being made would be left unannounced
            super.handleShellCloseEvent();
        }
    }

    @Override
    protected void cancelPressed() {
        if (!connecting) {
            super.cancelPressed();
        }
    }
}
