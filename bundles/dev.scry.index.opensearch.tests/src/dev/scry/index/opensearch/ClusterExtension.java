package dev.scry.index.opensearch;

import java.io.IOException;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One {@link TestCluster} for every test class of the run that uses this extension: started by the first that
 * asks for it (as a constructor or method parameter), stopped when the run ends.
 */
final class ClusterExtension implements ParameterResolver {
    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == TestCluster.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(ExtensionContext.Namespace.create(ClusterExtension.class))
                .getOrComputeIfAbsent("cluster", key -> new Running(), Running.class).cluster;
    }

    /** The cluster as a resource of the run's root context, closed at its end. */
    private static final class Running implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final TestCluster cluster;

        Running() {
            try {
                cluster = TestCluster.start();
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
