package dev.scry.library;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

/**
 * Writes to the platform log (Equinox keeps the OSGi log in the workspace's {@code .metadata/.log}):
 * for trouble that a background thread meets and must not keep to itself. Outside OSGi it logs nothing.
 */
final class PlatformLog {
    private final Class<?> source;

    PlatformLog(Class<?> source) {
        this.source = source;
    }

    void warn(String message, Throwable cause) {
        Logger logger = logger();
        if (logger != null) {
            logger.warn(message, cause);
        }
    }

    void error(String message, Throwable cause) {
        Logger logger = logger();
        if (logger != null) {
            logger.error(message, cause);
        }
    }

    private Logger logger() {
        Bundle bundle = FrameworkUtil.getBundle(source);
        BundleContext context = bundle == null ? null : bundle.getBundleContext();
        if (context == null) {
            return null;
        }
        ServiceReference<LoggerFactory> reference = context.getServiceReference(LoggerFactory.class);
        LoggerFactory factory = reference == null ? null : context.getService(reference);
        if (factory == null) {
            return null;
        }
        try {
            return factory.getLogger(bundle, source.getName(), Logger.class);
        } finally {
            context.ungetService(reference);
        }
    }
}
