package dev.scry.ui.parts;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BooleanSupplier;

import org.eclipse.e4.core.contexts.ContextInjectionFactory;
import org.eclipse.e4.core.contexts.EclipseContextFactory;
import org.eclipse.e4.core.contexts.IEclipseContext;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.workbench.swt.DisplayUISynchronize;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.osgi.framework.FrameworkUtil;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * A JUnit 5 extension that gives a test a real window and an e4 context backed by the OSGi services
 * (the DS components of Scry, the event broker), makes parts with e4 injection, and drives them with
 * a real keyboard and mouse (XTest, see {@link Xdotool}).
 */
public final class Workbench implements BeforeEachCallback, AfterEachCallback {
    private Display display;
    private Shell shell;
    private IEclipseContext context;
    private final List<OtherWindow> others = new java.util.ArrayList<>();

    /** Bundles whose DS components e4 injection needs before the first part is made (the workbench starts them too). */
    private static final List<String> SERVICES = java.util.List.of("org.eclipse.equinox.event", "org.eclipse.e4.ui.di",
            "org.eclipse.e4.ui.services", "org.eclipse.e4.core.di.extensions.supplier");

    @Override
    public void beforeEach(ExtensionContext extension) throws org.osgi.framework.BundleException {
        org.osgi.framework.BundleContext bundles = FrameworkUtil.getBundle(LibraryPart.class).getBundleContext();
        for (org.osgi.framework.Bundle bundle : bundles.getBundles()) {
            if (SERVICES.contains(bundle.getSymbolicName()) && bundle.getState() != org.osgi.framework.Bundle.ACTIVE) {
                bundle.start();
            }
        }
        display = Display.getDefault();
        shell = new Shell(display);
        shell.setText("Scry views under test");
        shell.setLayout(new org.eclipse.swt.layout.FillLayout());
        context = EclipseContextFactory.getServiceContext(FrameworkUtil.getBundle(LibraryPart.class).getBundleContext())
                .createChild("test");
        context.set(UISynchronize.class, new DisplayUISynchronize(display));
        // As E4Application does: object suppliers such as @UIEventTopic's get their UISynchronize from here.
        ContextInjectionFactory.setDefault(context);
    }

    @Override
    public void afterEach(ExtensionContext extension) throws java.io.IOException {
        if (extension.getExecutionException().isPresent()) {
            screenshot(Path.of("target/screenshots/failed-" + extension.getRequiredTestMethod().getName() + ".png"),
                    display.getBounds());
        }
        others.forEach(OtherWindow::close);
        ContextInjectionFactory.setDefault(null);
        context.dispose();
        shell.dispose();
        spin(50);
    }

    /** A service of the running framework (Scry's DS components), waiting a little for it to appear. */
    public static <T> T service(Class<T> type) throws InterruptedException {
        org.osgi.framework.BundleContext bundles = FrameworkUtil.getBundle(Workbench.class).getBundleContext();
        for (int attempt = 0; attempt < 100; attempt++) {
            org.osgi.framework.ServiceReference<T> reference = bundles.getServiceReference(type);
            if (reference != null) {
                return bundles.getService(reference);
            }
            Thread.sleep(50);
        }
        return fail("no " + type.getName() + " service");
    }

    public Shell shell() {
        return shell;
    }

    public Display display() {
        return display;
    }

    /** Opens the window and waits until the X server shows it, so that the first real click lands in it. */
    public void open() {
        boolean[] painted = { false };
        org.eclipse.swt.widgets.Listener paint = e -> painted[0] |= e.widget instanceof Control c && c.getShell() == shell;
        display.addFilter(SWT.Paint, paint);
        try {
            shell.open();
            waitUntil("the window drawn on the screen", 30, () -> painted[0]);
        } finally {
            display.removeFilter(SWT.Paint, paint);
        }
    }

    /** Puts an object in the e4 context the parts are made in, as a workbench's own context functions would. */
    public <T> void provide(Class<T> type, T value) {
        context.set(type, value);
    }

    /** Makes a part in a new composite of {@code parent}, as the e4 renderer would. */
    public <T> T part(Class<T> type, Composite parent) {
        Composite area = new Composite(parent, SWT.NONE);
        IEclipseContext partContext = context.createChild(type.getSimpleName());
        partContext.set(Composite.class, area);
        return ContextInjectionFactory.make(type, partContext);
    }

    /** The control under {@code root} with the given {@link LibraryPart#ID}. */
    public static <T extends Control> T find(Composite root, String id, Class<T> type) {
        T found = findOrNull(root, id, type);
        if (found == null) {
            fail("no control with id " + id);
        }
        return found;
    }

    private static <T extends Control> T findOrNull(Composite root, String id, Class<T> type) {
        for (Control child : root.getChildren()) {
            if (id.equals(child.getData(LibraryPart.ID))) {
                return type.cast(child);
            }
            if (child instanceof Composite composite) {
                T found = findOrNull(composite, id, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** A window standing for another application, open until the test ends; make it before opening {@link #shell()}. */
    OtherWindow otherWindow(org.eclipse.swt.graphics.Rectangle bounds) {
        OtherWindow window = new OtherWindow(display, bounds);
        others.add(window);
        return window;
    }

    /** The real mouse pointer, for clicks, rectangles and drag and drop. */
    public Mouse mouse() {
        return new Mouse(new Xdotool(this));
    }

    /** Types text into the focused control, one real key press per character. */
    public void type(String text) {
        new Xdotool(this).run(List.<String[]>of(new String[] { "type", "--delay", "40", text }));
    }

    /** Presses keys by their X names, one after the other: "Return", "End", "Down", "space", "ctrl+v". */
    public void press(String... keys) {
        List<String[]> presses = new java.util.ArrayList<>();
        for (String key : keys) {
            presses.add(new String[] { "key", key });
        }
        new Xdotool(this).run(presses);
    }

    /** Runs the event loop until {@code condition} holds, failing with {@code what} after {@code seconds}. */
    public void waitUntil(String what, int seconds, BooleanSupplier condition) {
        long deadline = System.currentTimeMillis() + seconds * 1000L;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) {
                fail("waited " + seconds + " s for: " + what);
            }
            spin(20);
        }
    }

    public void spin(long millis) {
        long end = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < end) {
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Saves what the window shows as a PNG (for the docs and for people reading a failed run). */
    public Path screenshot(Path file) throws java.io.IOException {
        return screenshot(file, shell.getBounds());
    }

    private Path screenshot(Path file, org.eclipse.swt.graphics.Rectangle area) throws java.io.IOException {
        Files.createDirectories(file.getParent());
        Image image = new Image(display, area.width, area.height);
        GC gc = new GC(display);
        gc.copyArea(image, area.x, area.y);
        gc.dispose();
        ImageLoader saver = new ImageLoader();
        saver.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
        saver.save(file.toString(), SWT.IMAGE_PNG);
        image.dispose();
        return file;
    }
}
