package org.musicminion.discover.http;

import java.security.GeneralSecurityException;
import java.security.KeyStore;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * Sets up the JDK's TLS once ahead of the first HTTPS client, for a background thread to call at start-up: the
 * trust store (~140 certificates) is read, parsed and cached by the JDK, and the TLS context classes
 * initialised, so that building the process's OkHttpClient ({@link HttpClients}) later finds them ready.
 */
public final class TlsWarmUp {
    private TlsWarmUp() {}

    /** Never throws: a failure here is the real client's to meet and report. */
    public static void run() {
        try {
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init((KeyStore) null);
            SSLContext.getInstance("TLS").init(null, tmf.getTrustManagers(), null);
        } catch (GeneralSecurityException | RuntimeException e) {
            // nothing is lost: the client sets TLS up itself
        }
    }
}
