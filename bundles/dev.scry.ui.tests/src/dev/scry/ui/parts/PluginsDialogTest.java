package dev.scry.ui.parts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

import org.eclipse.equinox.p2.core.IProvisioningAgent;
import org.eclipse.equinox.p2.engine.IProfile;
import org.eclipse.equinox.p2.engine.IProfileRegistry;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import dev.scry.plugins.Plugin;
import dev.scry.plugins.PluginInstaller;
import dev.scry.ui.Messages;
import dev.scry.ui.PluginsDialog;

/**
 * Help > Install Plugins… with real clicks and typing, on the real {@link PluginInstaller} service and
 * real p2: the test's runtime gets a p2 profile of its own (the pom names it with
 * {@code eclipse.p2.profile}; the test makes it, its installation a temporary folder) and a p2 repository
 * the test writes (a feature and an unsigned bundle jar). The repository's feature is listed; Install is
 * refused as unsigned and the user is asked, showing what it is and that nobody signed it; "Don't
 * Install" changes nothing; "Install Anyway" installs it (the jar in the installation, the plugin listed
 * below); Remove takes it out again, its jar deleted from the installation; each change asks "Restart now?".
 */
class PluginsDialogTest {
    private static final String PROFILE = System.getProperty("eclipse.p2.profile", "ScryUiTest");
    private static final String FEATURE = "dev.scry.test.lonely";

    @RegisterExtension
    final Workbench workbench = new Workbench();

    @TempDir
    Path temp;

    @Test
    void aFeatureIsListedAskedAboutInstalledAndRemoved() throws Exception {
        Path installation = Files.createDirectories(temp.resolve("installation"));
        PluginInstaller installer = installerOnAFreshProfile(installation);
        Path repository = lonelyRepository(Files.createDirectories(temp.resolve("repository")));
        assertEquals(List.of(), installer.list());

        workbench.shell().setBounds(0, 0, 200, 100);
        workbench.open();
        PluginsDialog dialog = new PluginsDialog(workbench.shell(), installer);
        dialog.setBlockOnOpen(false);
        dialog.open();
        Shell shell = dialog.getShell();
        shell.setBounds(40, 40, 900, 640);
        workbench.waitUntil("the dialog on the screen", 30, shell::isVisible);
        workbench.spin(300);
        Text location = find(shell, Text.class, t -> true);
        click(location);
        workbench.type(repository.toString());
        workbench.press("Return");
        Table features = tables(shell).get(0);
        Table installed = tables(shell).get(1);
        workbench.waitUntil("the repository's features", 60, () -> features.getItemCount() == 1);
        assertEquals(List.of("Lonely Plugin", FEATURE, "1.0.0", "Test"), texts(features, 0));
        assertEquals(Messages.plugins_none, installed.getItem(0).getText(0));

        // unsigned: asked, refused, nothing changed
        List<String> asked = new ArrayList<>();
        whenShown(Messages.plugins_trustTitle, question -> {
            asked.addAll(labels(question));
            screenshot("plugins-trust.png");
            click(button(question, Messages.plugins_trustRefuse));
        });
        clickRow(features, 0);
        click(button(shell, Messages.plugins_install));
        String notInstalled = NLS.bind(Messages.plugins_notInstalled, "Lonely Plugin (" + FEATURE + " 1.0.0, from Test)");
        workbench.waitUntil("the refusal said", 120, () -> status(shell).contains(notInstalled));
        String question = String.join("\n", asked);
        assertTrue(question.contains("Lonely Plugin\nid " + FEATURE + ", version 1.0.0, from Test"), question);
        assertTrue(question.contains(NLS.bind(Messages.plugins_trustUnsigned, FEATURE + "_1.0.0.jar")), question);
        assertEquals(List.of(), installer.list(), "refusing installs nothing");
        assertFalse(Files.exists(installation.resolve("plugins/" + FEATURE + "_1.0.0.jar")), "and leaves no jar");

        // asked again, installed anyway; not restarted now
        AtomicReference<String> restartAsked = new AtomicReference<>();
        whenShown(Messages.plugins_trustTitle, q -> click(button(q, Messages.plugins_trustInstall)));
        whenShown(Messages.plugins_title, restart -> {
            restartAsked.set(String.join("\n", labels(restart)));
            click(button(restart, Messages.plugins_restartLater));
        });
        click(button(shell, Messages.plugins_install));
        workbench.waitUntil("the install and the restart question", 120, () -> restartAsked.get() != null);
        assertTrue(restartAsked.get().contains(Messages.plugins_restartAsk), restartAsked.get());
        workbench.waitUntil("the plugin listed as installed", 20, () -> installed.getItemCount() == 1 && installed.getItem(0).getData() != null);
        assertEquals(List.of("Lonely Plugin", FEATURE, "1.0.0", repository.toUri().toString()), texts(installed, 0));
        List<Plugin> plugins = installer.list();
        assertEquals(List.of(FEATURE), plugins.stream().map(Plugin::id).toList());
        assertTrue(Files.exists(installation.resolve("plugins/" + FEATURE + "_1.0.0.jar")), "the jar is in the installation");
        workbench.spin(300);
        screenshot("plugins-install.png");
        assertFalse(dialog.restartChosen());

        // removed (asked first), then "Restart now" closes the dialog for the workbench to restart
        clickRow(installed, 0);
        whenShown(Messages.plugins_title, confirm -> {
            click(button(confirm, Messages.dialog_ok));
            workbench.waitUntil("the confirmation closed", 20, confirm::isDisposed);
            whenShown(Messages.plugins_title, restart -> click(button(restart, Messages.plugins_restartNow)));
        });
        click(button(shell, Messages.plugins_remove));
        workbench.waitUntil("the dialog closed to restart", 120, shell::isDisposed);
        assertTrue(dialog.restartChosen());
        assertEquals(List.of(), installer.list());
        assertFalse(Files.exists(installation.resolve("plugins/" + FEATURE + "_1.0.0.jar")), "the removed plugin's jar is deleted");
        assertFalse(Files.readString(installation.resolve("artifacts.xml")).contains("id='" + FEATURE + "'"),
                "and out of the bundle pool's index");
    }

    /** The installer, on a new p2 profile {@link #PROFILE} whose installation and bundle pool is {@code installation}. */
    private static PluginInstaller installerOnAFreshProfile(Path installation) throws Exception {
        BundleContext bundles = FrameworkUtil.getBundle(PluginsDialogTest.class).getBundleContext();
        for (Bundle bundle : bundles.getBundles()) {
            if (bundle.getSymbolicName().startsWith("org.eclipse.equinox.p2.") && bundle.getHeaders().get("Fragment-Host") == null
                    && (bundle.getState() == Bundle.RESOLVED || bundle.getState() == Bundle.STARTING)) {
                bundle.start(Bundle.START_TRANSIENT); // p2.core registers the running system's agent when it starts
            }
        }
        IProvisioningAgent agent = null;
        for (ServiceReference<IProvisioningAgent> reference : bundles.getServiceReferences(IProvisioningAgent.class,
                "(" + IProvisioningAgent.SERVICE_CURRENT + "=true)")) {
            agent = bundles.getService(reference);
        }
        assertNotNull(agent, "p2's agent of the running system");
        IProfileRegistry registry = agent.getService(IProfileRegistry.class);
        if (registry.getProfile(PROFILE) != null) {
            registry.removeProfile(PROFILE);
        }
        registry.addProfile(PROFILE, Map.of(IProfile.PROP_INSTALL_FOLDER, installation.toString(), IProfile.PROP_CACHE,
                installation.toString(), IProfile.PROP_ENVIRONMENTS, "osgi.os=linux,osgi.ws=gtk,osgi.arch=x86_64"));
        return Workbench.service(PluginInstaller.class);
    }

    /** A p2 repository of one feature, "Lonely Plugin", holding one unsigned bundle that needs nothing. */
    private static Path lonelyRepository(Path folder) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().putValue("Bundle-ManifestVersion", "2");
        manifest.getMainAttributes().putValue("Bundle-SymbolicName", FEATURE);
        manifest.getMainAttributes().putValue("Bundle-Version", "1.0.0");
        Path jar = Files.createDirectories(folder.resolve("plugins")).resolve(FEATURE + "_1.0.0.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream entries = new JarOutputStream(out, manifest)) {
            entries.putNextEntry(new java.util.jar.JarEntry("readme.txt"));
            entries.write("a plugin that does nothing".getBytes(StandardCharsets.UTF_8));
        }
        Files.writeString(folder.resolve("content.xml"), """
                <?xml version='1.0' encoding='UTF-8'?>
                <?metadataRepository version='1.2.0'?>
                <repository name='lonely' type='org.eclipse.equinox.internal.p2.metadata.repository.LocalMetadataRepository' version='1'>
                  <properties size='1'><property name='p2.timestamp' value='1'/></properties>
                  <units size='2'>
                    <unit id='ID.feature.group' version='1.0.0' singleton='false'>
                      <properties size='3'>
                        <property name='org.eclipse.equinox.p2.name' value='Lonely Plugin'/>
                        <property name='org.eclipse.equinox.p2.provider' value='Test'/>
                        <property name='org.eclipse.equinox.p2.type.group' value='true'/>
                      </properties>
                      <provides size='1'>
                        <provided namespace='org.eclipse.equinox.p2.iu' name='ID.feature.group' version='1.0.0'/>
                      </provides>
                      <requires size='1'>
                        <required namespace='org.eclipse.equinox.p2.iu' name='ID' range='[1.0.0,1.0.0]'/>
                      </requires>
                      <touchpoint id='null' version='0.0.0'/>
                    </unit>
                    <unit id='ID' version='1.0.0'>
                      <properties size='1'><property name='org.eclipse.equinox.p2.name' value='Lonely'/></properties>
                      <provides size='2'>
                        <provided namespace='org.eclipse.equinox.p2.iu' name='ID' version='1.0.0'/>
                        <provided namespace='osgi.bundle' name='ID' version='1.0.0'/>
                      </provides>
                      <artifacts size='1'>
                        <artifact classifier='osgi.bundle' id='ID' version='1.0.0'/>
                      </artifacts>
                      <touchpoint id='org.eclipse.equinox.p2.osgi' version='1.0.0'/>
                      <touchpointData size='1'>
                        <instructions size='1'>
                          <instruction key='manifest'>Bundle-SymbolicName: ID&#xA;Bundle-Version: 1.0.0&#xA;</instruction>
                        </instructions>
                      </touchpointData>
                    </unit>
                  </units>
                </repository>
                """.replace("ID", FEATURE), StandardCharsets.UTF_8);
        Files.writeString(folder.resolve("artifacts.xml"), """
                <?xml version='1.0' encoding='UTF-8'?>
                <?artifactRepository version='1.1.0'?>
                <repository name='lonely' type='org.eclipse.equinox.p2.artifact.repository.simpleRepository' version='1'>
                  <properties size='1'><property name='p2.timestamp' value='1'/></properties>
                  <mappings size='1'>
                    <rule filter='(&amp; (classifier=osgi.bundle))' output='${repoUrl}/plugins/${id}_${version}.jar'/>
                  </mappings>
                  <artifacts size='1'>
                    <artifact classifier='osgi.bundle' id='ID' version='1.0.0'>
                      <properties size='1'><property name='download.size' value='SIZE'/></properties>
                    </artifact>
                  </artifacts>
                </repository>
                """.replace("ID", FEATURE).replace("SIZE", Long.toString(Files.size(jar))), StandardCharsets.UTF_8);
        return folder;
    }

    /**
     * Runs {@code answer} once a new visible window titled {@code title} is shown (a modal dialog runs its
     * own event loop, so the look happens in a timer of that loop).
     */
    private void whenShown(String title, Consumer<Shell> answer) {
        List<Shell> before = Arrays.stream(workbench.display().getShells()).filter(Shell::isVisible).toList();
        Runnable[] look = new Runnable[1];
        look[0] = () -> {
            Shell shown = Arrays.stream(workbench.display().getShells())
                    .filter(s -> s.isVisible() && title.equals(s.getText()) && !before.contains(s)).findFirst().orElse(null);
            if (shown == null) {
                workbench.display().timerExec(50, look[0]);
                return;
            }
            workbench.spin(300); // drawn on the screen before the mouse goes there
            answer.accept(shown);
        };
        workbench.display().timerExec(50, look[0]);
    }

    private void click(Control control) {
        Point size = control.getSize();
        workbench.mouse().click(control, new Point(size.x / 2, size.y / 2));
    }

    private void clickRow(Table table, int row) {
        Rectangle cell = table.getItem(row).getBounds(0);
        workbench.mouse().click(table, new Point(cell.x + 20, cell.y + cell.height / 2));
        workbench.waitUntil("the row selected", 10, () -> table.getSelectionIndex() == row);
    }

    private void screenshot(String name) {
        try {
            Path shot = Path.of("target/screenshots/" + name);
            Files.createDirectories(shot.getParent());
            Process process = new ProcessBuilder("import", "-window", "root", shot.toString()).inheritIO().start();
            workbench.waitUntil("the screenshot " + name, 60, () -> !process.isAlive());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static List<String> texts(Table table, int row) {
        List<String> texts = new ArrayList<>();
        for (int column = 0; column < table.getColumnCount(); column++) {
            texts.add(table.getItem(row).getText(column));
        }
        return texts;
    }

    private static String status(Shell shell) {
        return String.join("\n", labels(shell));
    }

    private static List<String> labels(Composite root) {
        return all(root, Label.class).map(Label::getText).toList();
    }

    private static List<Table> tables(Shell shell) {
        return all(shell, Table.class).toList();
    }

    private static Button button(Composite root, String text) {
        return find(root, Button.class, b -> text.equals(b.getText()));
    }

    private static <T extends Control> T find(Composite root, Class<T> type, java.util.function.Predicate<T> test) {
        return all(root, type).filter(test).findFirst().orElseThrow(() -> new AssertionError("no " + type.getSimpleName() + " in " + root));
    }

    private static <T extends Control> Stream<T> all(Composite root, Class<T> type) {
        return Arrays.stream(root.getChildren()).flatMap(c -> {
            Stream<T> self = type.isInstance(c) ? Stream.of(type.cast(c)) : Stream.empty();
            return c instanceof Composite composite ? Stream.concat(self, all(composite, type)) : self;
        });
    }
}
