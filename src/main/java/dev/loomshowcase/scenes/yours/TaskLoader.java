package dev.loomshowcase.scenes.yours;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * Turns a {@link TaskSource} into a {@link TaskFactory}: finds the class on the person's class path
 * (a class loader of its own, whose parent is the showcase's), and checks that it can be run the way
 * the command promises, without running any of its code (no static initialiser runs here).
 */
public final class TaskLoader {

    private TaskLoader() {
    }

    /**
     * Loads the task; {@code httpTimeout} bounds one GET of a URL task.
     *
     * @throws TaskLoadException naming, in one line, why the task cannot be run
     */
    public static TaskFactory load(TaskSource source, Duration httpTimeout) throws TaskLoadException {
        return switch (source.kind()) {
            case URL -> new HttpGetTasks(source.url(), httpTimeout);
            case CLASS -> instances(source);
            case METHOD -> staticMethod(source);
        };
    }

    private static TaskFactory instances(TaskSource source) throws TaskLoadException {
        URLClassLoader loader = classLoader(source);
        Class<?> type = find(source.name(), source, loader);
        boolean callable = Callable.class.isAssignableFrom(type);
        if (!callable && !Runnable.class.isAssignableFrom(type)) {
            throw new TaskLoadException(source.name() + " is neither a Runnable nor a Callable");
        }
        if (type.isInterface() || Modifier.isAbstract(type.getModifiers())) {
            throw new TaskLoadException(source.name() + " is abstract: name a concrete class");
        }
        Constructor<?> constructor;
        try {
            constructor = type.getConstructor();
        } catch (NoSuchMethodException e) {
            throw new TaskLoadException(source.name() + " has no public no-argument constructor");
        }
        return new Reflective(source.name(), loader, () -> {
            Object task = constructor.newInstance();
            if (callable) {
                return ((Callable<?>) task).call();
            }
            ((Runnable) task).run();
            return null;
        });
    }

    private static TaskFactory staticMethod(TaskSource source) throws TaskLoadException {
        String[] parts = source.name().split("::");
        URLClassLoader loader = classLoader(source);
        Class<?> type = find(parts[0], source, loader);
        Method method;
        try {
            method = type.getMethod(parts[1]);
        } catch (NoSuchMethodException e) {
            throw new TaskLoadException(parts[0] + " has no public no-argument method " + parts[1]);
        }
        if (!Modifier.isStatic(method.getModifiers())) {
            throw new TaskLoadException(source.name() + " is not static: --method needs a public static no-argument method");
        }
        return new Reflective(source.name(), loader, () -> method.invoke(null));
    }

    /** The class, not initialised; a missing or unloadable class is a {@link TaskLoadException}. */
    private static Class<?> find(String className, TaskSource source, ClassLoader loader) throws TaskLoadException {
        String where = source.classPath().isEmpty() ? "the showcase's class path" : String.join(java.io.File.pathSeparator, source.classPath());
        try {
            Class<?> type = Class.forName(className, false, loader);
            if (!Modifier.isPublic(type.getModifiers())) {
                throw new TaskLoadException(className + " is not public");
            }
            return type;
        } catch (ClassNotFoundException e) {
            throw new TaskLoadException("no such class: " + className + " (looked in " + where + ")");
        } catch (LinkageError e) {
            throw new TaskLoadException("cannot load " + className + ": " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static URLClassLoader classLoader(TaskSource source) throws TaskLoadException {
        List<URL> urls = new ArrayList<>();
        for (String entry : source.classPath()) {
            try {
                urls.add(Path.of(entry).toUri().toURL());
            } catch (MalformedURLException e) {
                throw new TaskLoadException("bad class path entry '" + entry + "': " + e.getMessage());
            }
        }
        return new URLClassLoader("your-task", urls.toArray(URL[]::new), TaskLoader.class.getClassLoader());
    }

    /** What a reflective task does once its instance or method is at hand. */
    @FunctionalInterface
    private interface Body {
        Object run() throws Exception;
    }

    /** Copies of a class's or method's task; what it throws becomes a {@link TaskFailedException}. */
    record Reflective(String name, URLClassLoader loader, Body body) implements TaskFactory {

        @Override
        public Callable<Object> newTask() {
            return () -> {
                try {
                    return body.run();
                } catch (InvocationTargetException e) {
                    throw failure(e.getCause());
                } catch (InterruptedException e) {
                    throw e;
                } catch (Exception | Error e) {
                    throw failure(e);
                }
            };
        }

        private Exception failure(Throwable thrown) {
            return thrown instanceof InterruptedException interrupted ? interrupted : new TaskFailedException(name, thrown);
        }

        @Override
        public void close() {
            try {
                loader.close();
            } catch (IOException ignored) {
                // the loader only read jars; nothing is lost
            }
        }
    }
}
