package id.arus.sim.routeros;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A throw-away EC certificate for the simulator's api-ssl port, made at start-up, like the one a
 * RouterOS admin generates with {@code /certificate add}. The JDK can sign but has no public API to
 * build a certificate, so the few DER structures of an X.509 v3 certificate are written here by hand
 * rather than pulling a crypto library (or the JDK's internal classes) into the build.
 */
final class SelfSignedCertificate {

    private static final byte[] OID_ECDSA_SHA256 = {0x2A, (byte) 0x86, 0x48, (byte) 0xCE, 0x3D, 0x04, 0x03, 0x02};
    private static final byte[] OID_COMMON_NAME = {0x55, 0x04, 0x03};
    private static final char[] STORE_PASSWORD = "sim".toCharArray();

    private final KeyStore keyStore;
    private final X509Certificate certificate;

    private SelfSignedCertificate(KeyStore keyStore, X509Certificate certificate) {
        this.keyStore = keyStore;
        this.certificate = certificate;
    }

    static SelfSignedCertificate generate(String commonName) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            KeyPair keys = generator.generateKeyPair();
            byte[] algorithm = der(0x30, der(0x06, OID_ECDSA_SHA256));
            byte[] name = der(0x30, der(0x31, der(0x30, der(0x06, OID_COMMON_NAME),
                    der(0x0C, commonName.getBytes(StandardCharsets.UTF_8)))));
            Instant now = Instant.now();
            byte[] validity = der(0x30, utcTime(now.minus(Duration.ofDays(1))), utcTime(now.plus(Duration.ofDays(3650))));
            byte[] serial = der(0x02, new BigInteger(63, new SecureRandom()).add(BigInteger.ONE).toByteArray());
            byte[] version = der(0xA0, der(0x02, new byte[] {2}));
            byte[] tbs = der(0x30, version, serial, algorithm, name, validity, name, keys.getPublic().getEncoded());
            Signature signer = Signature.getInstance("SHA256withECDSA");
            signer.initSign(keys.getPrivate());
            signer.update(tbs);
            byte[] signature = signer.sign();
            byte[] bits = new byte[signature.length + 1]; // leading 0: no unused bits
            System.arraycopy(signature, 0, bits, 1, signature.length);
            byte[] encoded = der(0x30, tbs, algorithm, der(0x03, bits));
            X509Certificate certificate = (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(encoded));
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry("sim", keys.getPrivate(), STORE_PASSWORD, new java.security.cert.Certificate[] {certificate});
            return new SelfSignedCertificate(store, certificate);
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot make the simulator's TLS certificate", e);
        }
    }

    X509Certificate certificate() {
        return certificate;
    }

    SSLContext serverContext() throws GeneralSecurityException {
        KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
        kmf.init(keyStore, STORE_PASSWORD);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(kmf.getKeyManagers(), null, null);
        return context;
    }

    /** A client context that trusts exactly this certificate, for tests and benchmarks. */
    SSLContext clientContext() throws GeneralSecurityException, java.io.IOException {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        trust.load(null, null);
        trust.setCertificateEntry("sim", certificate);
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        return context;
    }

    private static byte[] utcTime(Instant instant) {
        String text = DateTimeFormatter.ofPattern("yyMMddHHmmss'Z'").withZone(ZoneOffset.UTC).format(instant);
        return der(0x17, text.getBytes(StandardCharsets.US_ASCII));
    }

    /** One DER TLV: tag, definite length (short or long form), then the concatenated contents. */
    private static byte[] der(int tag, byte[]... contents) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (byte[] part : contents) {
            body.writeBytes(part);
        }
        int length = body.size();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        if (length < 0x80) {
            out.write(length);
        } else {
            byte[] lengthBytes = BigInteger.valueOf(length).toByteArray();
            int skip = lengthBytes[0] == 0 ? 1 : 0;
            out.write(0x80 | (lengthBytes.length - skip));
            out.write(lengthBytes, skip, lengthBytes.length - skip);
        }
        out.writeBytes(body.toByteArray());
        return out.toByteArray();
    }
}
