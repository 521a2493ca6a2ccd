package dev.scry.cli;

import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import picocli.CommandLine.IVersionProvider;

/** {@code scry --version}: the version of the installed command line bundle. */
public final class ScryVersion implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] { "scry " + version(), "Java " + Runtime.version() + " (" + System.getProperty("java.vendor") + ")" };
    }

    /** The bundle version, e.g. {@code 0.1.0.202611212056}; "development" outside OSGi. */
    static String version() {
        Bundle bundle = FrameworkUtil.getBundle(ScryVersion.class);
        return bundle == null ? "development" : bundle.getVersion().toString();
    }
}
