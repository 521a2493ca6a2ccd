package dev.scry.encoder.fingerprint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

import dev.scry.encoder.EncoderRegistry;

/** The fingerprint is an OSGi service that the registry lists, with no set-up by anyone. */
class FingerprintServiceTest {

    @Test
    void theRegistryListsTheFingerprintThroughDeclarativeServices() throws InterruptedException {
        BundleContext context = FrameworkUtil.getBundle(FingerprintEncoder.class).getBundleContext();
        ServiceTracker<EncoderRegistry, EncoderRegistry> tracker = new ServiceTracker<>(context, EncoderRegistry.class, null);
        tracker.open();
        try {
            EncoderRegistry registry = tracker.waitForService(10_000);
            assertNotNull(registry, "no EncoderRegistry service within 10 s (is the DS runtime started?)");
            assertEquals(FingerprintEncoder.class, registry.imageEncoder(EncoderRegistry.FINGERPRINT).orElseThrow().getClass());
        } finally {
            tracker.close();
        }
    }
}
