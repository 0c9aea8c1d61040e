package dev.loomshowcase.engine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.function.Consumer;

/**
 * Follows a child's stdout file while the child writes it and hands each new complete
 * {@link LiveLine} to a listener. It reads from where it stopped, so a line is handed over once;
 * a line still being written waits for its newline.
 */
final class LiveTail {

    private final Path file;
    private final Consumer<String> listener;
    private final ByteArrayOutputStream partial = new ByteArrayOutputStream();
    private long offset;

    LiveTail(Path file, Consumer<String> listener) {
        this.file = file;
        this.listener = listener;
    }

    /** Reads what was appended since the last call and forwards its complete live lines. */
    void poll() {
        if (!Files.exists(file)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            ByteBuffer buffer = ByteBuffer.allocate(64 * 1024);
            int read;
            while ((read = channel.read(buffer, offset)) > 0) {
                offset += read;
                buffer.flip();
                while (buffer.hasRemaining()) {
                    byte b = buffer.get();
                    if (b == '\n') {
                        forward(partial.toString(StandardCharsets.UTF_8));
                        partial.reset();
                    } else {
                        partial.write(b);
                    }
                }
                buffer.clear();
            }
        } catch (IOException e) {
            // the child's file vanished or is unreadable: the final result read reports what matters
        }
    }

    private void forward(String line) {
        if (line.startsWith(LiveLine.MARKER)) {
            try {
                listener.accept(line);
            } catch (RuntimeException e) {
                // a failing listener must not fail the measurement it watches
            }
        }
    }
}
