package org.musicminion.discover;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonGenerator;

/**
 * A value that writes itself as one JSON object with Jackson's streaming generator: no reflection,
 * so also the first line of a run is cheap (a databind serializer for a record costs ~80 ms of CPU
 * on first use). Output must equal what {@link Json#MAPPER} writes for the same value.
 */
public interface JsonWritable {
    void writeJson(JsonGenerator g) throws IOException;
}
