package org.musicminion.discover.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;

import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetFileWriter;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Type;
import org.apache.parquet.schema.Types;

import org.musicminion.discover.store.TrackExport;

/**
 * A Parquet file written by Apache parquet-java, typed: strings as UTF-8 {@code STRING}, integers as {@code INT64},
 * times as {@code TIMESTAMP(MILLIS, UTC)}, lists as {@code LIST} of their element, source links as a {@code LIST}
 * of structs {@code (kind, artist_urn, at, exact)}; every column optional; pages uncompressed (no native codec in
 * the jar). The only class that touches parquet-java: no other command loads it.
 */
final class ParquetTable<R> implements TableWriter<R> {
    private final List<Column<R>> columns;
    private final ParquetWriter<R> writer;

    ParquetTable(Path file, String name, List<Column<R>> columns) throws IOException {
        this.columns = columns;
        MessageType schema = schema(name, columns);
        writer = new Builder<>(file, new Support<>(schema, columns)).withConf(new PlainParquetConfiguration())
                .withWriteMode(ParquetFileWriter.Mode.OVERWRITE).withCompressionCodec(CompressionCodecName.UNCOMPRESSED).build();
    }

    @Override
    public void write(R row) throws IOException {
        writer.write(row);
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }

    static <R> MessageType schema(String name, List<Column<R>> columns) {
        Types.MessageTypeBuilder b = Types.buildMessage();
        for (Column<R> c : columns) b.addField(type(c.name(), c.type()));
        return b.named(name);
    }

    private static Type type(String name, Column.Type t) {
        return switch (t) {
            case STRING -> string(name);
            case INT64 -> Types.optional(PrimitiveTypeName.INT64).named(name);
            case DOUBLE -> Types.optional(PrimitiveTypeName.DOUBLE).named(name);
            case BOOLEAN -> Types.optional(PrimitiveTypeName.BOOLEAN).named(name);
            case TIMESTAMP -> timestamp(name);
            case STRING_LIST -> Types.optionalList().element(string("element")).named(name);
            case LINKS -> Types.optionalList().element(Types.optionalGroup().addFields(string("kind"), string("artist_urn"),
                    timestamp("at"), Types.optional(PrimitiveTypeName.BOOLEAN).named("exact")).named("element")).named(name);
        };
    }

    private static Type string(String name) {
        return Types.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType()).named(name);
    }

    private static Type timestamp(String name) {
        return Types.optional(PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.timestampType(true,
                LogicalTypeAnnotation.TimeUnit.MILLIS)).named(name);
    }

    /** Writes one row into Parquet's record consumer, column by column; a null value is left out (optional). */
    private static final class Support<R> extends WriteSupport<R> {
        private final MessageType schema;
        private final List<Column<R>> columns;
        private RecordConsumer out;

        Support(MessageType schema, List<Column<R>> columns) {
            this.schema = schema;
            this.columns = columns;
        }

        @Override
        public WriteContext init(ParquetConfiguration configuration) {
            return new WriteContext(schema, new HashMap<>());
        }

        @Override
        public WriteContext init(org.apache.hadoop.conf.Configuration configuration) {
            return new WriteContext(schema, new HashMap<>());
        }

        @Override
        public void prepareForWrite(RecordConsumer recordConsumer) {
            out = recordConsumer;
        }

        @Override
        public void write(R row) {
            out.startMessage();
            for (int i = 0; i < columns.size(); i++) {
                Column<R> c = columns.get(i);
                Object v = c.value().apply(row);
                if (v == null) continue;
                out.startField(c.name(), i);
                value(c.type(), v);
                out.endField(c.name(), i);
            }
            out.endMessage();
        }

        private void value(Column.Type t, Object v) {
            switch (t) {
                case STRING -> out.addBinary(Binary.fromString((String) v));
                case INT64, TIMESTAMP -> out.addLong(((Number) v).longValue());
                case DOUBLE -> out.addDouble(((Number) v).doubleValue());
                case BOOLEAN -> out.addBoolean((Boolean) v);
                case STRING_LIST -> list((List<?>) v, e -> out.addBinary(Binary.fromString((String) e)));
                case LINKS -> list((List<?>) v, e -> link((TrackExport.Link) e));
            }
        }

        /** The three-level LIST: a group, its repeated {@code list} group, each with one {@code element}. */
        private void list(List<?> items, java.util.function.Consumer<Object> element) {
            out.startGroup();
            if (!items.isEmpty()) {
                out.startField("list", 0);
                for (Object item : items) {
                    out.startGroup();
                    out.startField("element", 0);
                    element.accept(item);
                    out.endField("element", 0);
                    out.endGroup();
                }
                out.endField("list", 0);
            }
            out.endGroup();
        }

        private void link(TrackExport.Link l) {
            out.startGroup();
            field(0, "kind", () -> out.addBinary(Binary.fromString(l.kind().toString())));
            field(1, "artist_urn", () -> out.addBinary(Binary.fromString(l.artistUrn())));
            field(2, "at", () -> out.addLong(l.at()));
            field(3, "exact", () -> out.addBoolean(l.exact()));
            out.endGroup();
        }

        private void field(int index, String name, Runnable value) {
            out.startField(name, index);
            value.run();
            out.endField(name, index);
        }
    }

    private static final class Builder<R> extends ParquetWriter.Builder<R, Builder<R>> {
        private final WriteSupport<R> support;

        Builder(Path file, WriteSupport<R> support) {
            super(new LocalOutputFile(file));
            this.support = support;
        }

        @Override
        protected Builder<R> self() {
            return this;
        }

        @Override
        protected WriteSupport<R> getWriteSupport(ParquetConfiguration conf) {
            return support;
        }

        @Override
        protected WriteSupport<R> getWriteSupport(org.apache.hadoop.conf.Configuration conf) {
            return support;
        }
    }
}
