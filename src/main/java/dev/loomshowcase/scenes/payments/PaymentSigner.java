package dev.loomshowcase.scenes.payments;


import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;

/**
 * Signs payments with ECDSA on P-256 ({@code SHA256withECDSA}, the JDK's own SunEC provider): the
 * seed's "cryptographic signing", pure CPU work of a few hundred microseconds per signature.
 * Thread-safe: each call uses its own {@link Signature}. The signing itself is the seed's, {@link Payments#sign}.
 */
public final class PaymentSigner {

    public static final String ALGORITHM = "SHA256withECDSA";
    public static final String CURVE = "secp256r1";

    private final KeyPair keys;

    public PaymentSigner() {
        try {
            this.keys = Payments.keys();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JDK cannot make a P-256 key: " + e.getMessage(), e);
        }
    }

    /** The payment's message, as signed. */
    public static byte[] message(int payment) {
        return Payments.message(payment);
    }

    /** The signature of one payment. */
    public byte[] sign(int payment) throws GeneralSecurityException {
        return Payments.sign(keys.getPrivate(), payment);
    }

    /** True when {@code signed} is this signer's valid signature of the payment. */
    public boolean verify(int payment, byte[] signed) throws GeneralSecurityException {
        Signature signature = Signature.getInstance(ALGORITHM);
        signature.initVerify(keys.getPublic());
        signature.update(message(payment));
        return signature.verify(signed);
    }
}
