package dev.loomshowcase.scenes.mixed;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Tag("slow")
class HashChainTest {

    @Test
    void chainsSha256OverTheBodyThenItsDigest() throws Exception {
        byte[] body = "posts".getBytes(StandardCharsets.UTF_8);
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        byte[] expected = sha.digest(sha.digest(sha.digest(body)));
        assertArrayEquals(expected, HashChain.hash(body, 2));
        assertFalse(Arrays.equals(expected, HashChain.hash(body, 3)), "every round counts");
    }

    @Test
    void calibrationGrowsWithTheTarget() {
        int small = HashChain.calibrate(5);
        assertTrue(small >= 1);
        assertTrue(HashChain.calibrate(50) > small, "ten times the target gives more rounds");
    }
}
