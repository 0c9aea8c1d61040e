package dev.loomshowcase.scenes.pitfalls;

/**
 * A class whose initializer blocks, as one that loads a configuration from a remote service would.
 * {@link ClassInitBlocking} loads a fresh copy of it per task, so every task runs the initializer.
 */
final class SlowInit {

    static {
        ClassInitBlocking.block();
    }

    private SlowInit() {
    }
}
