package dev.scry.encoder.clip;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where a descriptor's download address is fetched from. Addresses on the Hugging Face hub
 * ({@value #HUB}) go to the endpoint named by the system property {@value #HUB_PROPERTY} or else the
 * environment variable {@value #HUB_VARIABLE} when one is set (a mirror, or a local server in tests), as
 * {@code huggingface_hub} does; addresses on GitHub's raw file server ({@value #GITHUB_RAW}) likewise go
 * to {@value #GITHUB_RAW_PROPERTY} or {@value #GITHUB_RAW_VARIABLE}. Other addresses are used as written.
 */
final class DownloadAddress {
    static final String HUB = "https://huggingface.co";
    static final String HUB_PROPERTY = "scry.hub.endpoint";
    static final String HUB_VARIABLE = "HF_ENDPOINT";
    static final String GITHUB_RAW = "https://raw.githubusercontent.com";
    static final String GITHUB_RAW_PROPERTY = "scry.github.raw.endpoint";
    static final String GITHUB_RAW_VARIABLE = "SCRY_GITHUB_RAW_ENDPOINT";

    private DownloadAddress() {
    }

    /** The address to fetch for a descriptor's address. */
    static URI of(String address) throws URISyntaxException {
        String rewritten = rewrite(address, HUB, setting(HUB_PROPERTY, HUB_VARIABLE));
        rewritten = rewrite(rewritten, GITHUB_RAW, setting(GITHUB_RAW_PROPERTY, GITHUB_RAW_VARIABLE));
        return new URI(rewritten);
    }

    /** The hub's endpoint in use, without a trailing '/'. */
    static String hubEndpoint() {
        String endpoint = setting(HUB_PROPERTY, HUB_VARIABLE);
        return endpoint == null ? HUB : strip(endpoint);
    }

    private static String rewrite(String address, String origin, String endpoint) {
        if (endpoint == null || !(address.equals(origin) || address.startsWith(origin + "/"))) {
            return address;
        }
        return strip(endpoint) + address.substring(origin.length());
    }

    private static String strip(String endpoint) {
        String e = endpoint.strip();
        while (e.endsWith("/")) {
            e = e.substring(0, e.length() - 1);
        }
        return e;
    }

    private static String setting(String property, String variable) {
        String value = System.getProperty(property);
        if (value == null || value.isBlank()) {
            value = System.getenv(variable);
        }
        return value == null || value.isBlank() ? null : value;
    }
}
