package org.musicminion.discover.export;

import java.io.Closeable;
import java.io.IOException;

/** Writes rows of one table in one format; {@link #close} finishes the file (Parquet writes its footer there). */
public interface TableWriter<R> extends Closeable {
    void write(R row) throws IOException;
}
