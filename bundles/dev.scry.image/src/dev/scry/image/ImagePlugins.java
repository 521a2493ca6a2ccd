package dev.scry.image;

import javax.imageio.spi.IIORegistry;

import com.twelvemonkeys.imageio.plugins.bmp.BMPImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.tiff.TIFFImageReaderSpi;
import com.twelvemonkeys.imageio.plugins.webp.WebPImageReaderSpi;

/**
 * Registers the TwelveMonkeys readers (WebP, TIFF, BMP) with ImageIO. Inside OSGi ImageIO's own
 * service lookup cannot see other bundles, so they are registered by hand, once.
 */
final class ImagePlugins {
    private static volatile boolean registered;

    private ImagePlugins() {
    }

    static void register() {
        if (registered) {
            return;
        }
        synchronized (ImagePlugins.class) {
            if (!registered) {
                IIORegistry registry = IIORegistry.getDefaultInstance();
                registry.registerServiceProvider(new WebPImageReaderSpi());
                registry.registerServiceProvider(new TIFFImageReaderSpi());
                registry.registerServiceProvider(new BMPImageReaderSpi());
                registered = true;
            }
        }
    }
}
