package org.musicminion.discover.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * stdout or stderr of the process: UTF-8 whatever the locale (cron, systemd, {@code env -i} and
 * {@code LANG=C} would otherwise turn every non-ASCII character into '?'), and it keeps the first
 * write error, which a {@link PrintStream} swallows, so the exit can name it ({@link StdoutFailure}).
 */
final class StdStream extends PrintStream {
    private final Watch watch;

    private StdStream(Watch watch) {
        super(watch, true, StandardCharsets.UTF_8);
        this.watch = watch;
    }

    static StdStream stdout() {
        return new StdStream(new Watch(new FileOutputStream(FileDescriptor.out)));
    }

    static StdStream stderr() {
        return new StdStream(new Watch(new FileOutputStream(FileDescriptor.err)));
    }

    /** The first write or flush that failed, or null. */
    IOException failure() {
        return watch.failure;
    }

    /** Passes bytes through whole (FilterOutputStream would write them one by one) and keeps the first error. */
    private static final class Watch extends FilterOutputStream {
        private volatile IOException failure;

        Watch(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw keep(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw keep(e);
            }
        }

        private IOException keep(IOException e) {
            if (failure == null) failure = e;
            return e;
        }
    }
}
