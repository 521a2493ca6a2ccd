package dev.scry.testing;

import java.io.IOException;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One {@link OpenSearchTestCluster} for every test class of the test bundle's run that uses this extension: started by the first that
 * asks for it (as a constructor or method parameter), stopped when the run ends.
 */
public final class OpenSearchClusterExtension implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == OpenSearchTestCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(OpenSearchClusterExtension.class))
                .getOrComputeIfAbsent("cluster", key -> new Running(), Running.class).cluster;
    }

    /** The cluster as a resource of the run's root context, closed at its end. */
    private static final class Running implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final OpenSearchTestCluster cluster;

        Running() {
            try {
                cluster = OpenSearchTestCluster.start();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public void close() throws IOException {
            cluster.close();
        }
    }
}
