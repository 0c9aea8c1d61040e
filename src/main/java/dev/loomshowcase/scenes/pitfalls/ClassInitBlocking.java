package dev.loomshowcase.scenes.pitfalls;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;

/**
 * Blocking inside a class initializer: a virtual thread that parks while running {@code <clinit>}
 * cannot unmount (the VM runs the initializer under a native frame), holds its carrier, and JFR
 * reports it pinned. Each call defines {@link SlowInit} afresh in its own class loader, so each runs
 * the initializer. The twin blocks the same way in a plain method.
 */
public final class ClassInitBlocking {

    /** How long the initializer blocks; bound by the caller, read by the initializer. */
    static final ScopedValue<Duration> BLOCK = ScopedValue.newInstance();

    private ClassInitBlocking() {
    }

    /** Initialises a fresh copy of {@link SlowInit}, whose initializer blocks for {@code block}. */
    public static void initialiseFreshClass(Duration block) throws Exception {
        ScopedValue.where(BLOCK, block).call(() -> Class.forName(SlowInit.class.getName(), true, new IsolatingLoader()));
    }

    /** The fixed twin: the same blocking, outside any class initializer. */
    public static void blockPlainly(Duration block) throws Exception {
        ScopedValue.where(BLOCK, block).call(() -> {
            block();
            return null;
        });
    }

    /**
     * Sleeps for the bound duration; an interrupt ends it early and is restored. Public because the
     * fresh copies of {@link SlowInit} live in another class loader, hence another runtime package.
     */
    public static void block() {
        try {
            Thread.sleep(BLOCK.get());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Defines {@link SlowInit} itself, from its class file; everything else comes from the parent. */
    private static final class IsolatingLoader extends ClassLoader {

        IsolatingLoader() {
            super(ClassInitBlocking.class.getClassLoader());
        }

        @Override
        protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
            if (!name.equals(SlowInit.class.getName())) {
                return super.loadClass(name, resolve);
            }
            synchronized (getClassLoadingLock(name)) {
                Class<?> loaded = findLoadedClass(name);
                return loaded != null ? loaded : define(name);
            }
        }

        private Class<?> define(String name) throws ClassNotFoundException {
            String resource = name.replace('.', '/') + ".class";
            try (InputStream in = getParent().getResourceAsStream(resource)) {
                if (in == null) {
                    throw new ClassNotFoundException(name);
                }
                byte[] bytes = in.readAllBytes();
                return defineClass(name, bytes, 0, bytes.length);
            } catch (IOException e) {
                throw new ClassNotFoundException(name, e);
            }
        }
    }
}
