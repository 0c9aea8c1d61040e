package dev.loomshowcase.scenes.yours.examples;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.concurrent.Callable;

/** Hashes 64 KiB with SHA-256, 40 times over its own output: a task that only computes. */
public class Hashing implements Callable<byte[]> {

    private static final int ROUNDS = 40;

    @Override
    public byte[] call() throws NoSuchAlgorithmException {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] block = new byte[64 * 1024];
        byte[] digest = new byte[0];
        for (int round = 0; round < ROUNDS; round++) {
            System.arraycopy(digest, 0, block, 0, digest.length);
            digest = sha.digest(block);
        }
        return digest;
    }
}
