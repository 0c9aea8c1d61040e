package dev.loomshowcase.workload;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;

/**
 * Signs payments with ECDSA on P-256 ({@code SHA256withECDSA}, the JDK's own SunEC provider): the
 * seed's "cryptographic signing", pure CPU work of a few hundred microseconds per signature.
 * Thread-safe: each call uses its own {@link Signature}.
 */
public final class PaymentSigner {

    public static final String ALGORITHM = "SHA256withECDSA";
    public static final String CURVE = "secp256r1";

    private final KeyPair keys;

    public PaymentSigner() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec(CURVE));
            this.keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot make a P-256 key: " + e.getMessage(), e);
        }
    }

    /** The payment's message, as signed. */
    public static byte[] message(int payment) {
        return ("payment " + payment + ": 100.00 EUR to account " + (1_000_000 + payment)).getBytes(StandardCharsets.UTF_8);
    }

    /** The signature of one payment. */
    public byte[] sign(int payment) throws GeneralSecurityException {
        Signature signature = Signature.getInstance(ALGORITHM);
        signature.initSign(keys.getPrivate());
        signature.update(message(payment));
        return signature.sign();
    }

    /** True when {@code signed} is this signer's valid signature of the payment. */
    public boolean verify(int payment, byte[] signed) throws GeneralSecurityException {
        Signature signature = Signature.getInstance(ALGORITHM);
        signature.initVerify(keys.getPublic());
        signature.update(message(payment));
        return signature.verify(signed);
    }
}
