package org.musicminion.discover;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonGenerator;

/**
 * Writes a record as the JSON object {@link Json#MAPPER} would, with the streaming generator only:
 * each component under its {@link WireNames wire name}, in {@link JsonPropertyOrder} order (else declaration
 * order), honouring {@link JsonIgnore}, {@link JsonInclude} NON_NULL, {@link JsonUnwrapped} and a map component marked
 * {@link JsonAnyGetter} (its entries written in place, keys as they are); a record or
 * enum with a {@link JsonValue} method as what that returns, other enums as their name. A short command so never builds the databind mapper (docs/performance.md).
 * Thread-safe: each record class is looked at once.
 */
final class RecordJson {
    private record Property(String name, Method accessor, boolean skipNull, boolean unwrapped, boolean anyGetter) {
        Object of(Object record) {
            try {
                return accessor.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException("cannot read " + accessor, e);
            }
        }
    }

    private static final ClassValue<List<Property>> PROPERTIES = new ClassValue<>() {
        @Override
        protected List<Property> computeValue(Class<?> type) {
            return properties(type);
        }
    };

    /** A type's {@link JsonValue} method (what it is written as), or null. */
    private static final ClassValue<Method> VALUE = new ClassValue<>() {
        @Override
        protected Method computeValue(Class<?> type) {
            for (Method m : type.getMethods()) {
                if (m.isAnnotationPresent(JsonValue.class) && m.getParameterCount() == 0) {
                    m.setAccessible(true);
                    return m;
                }
            }
            return null;
        }
    };

    private RecordJson() {}

    /** Looks at a record class ahead of its first value (its components, wire names, annotations): for a warm-up thread. */
    static void prepare(Class<? extends Record> type) {
        VALUE.get(type);
        PROPERTIES.get(type);
    }

    static void write(JsonGenerator g, Record r) throws IOException {
        Method value = VALUE.get(r.getClass());
        if (value != null) {
            JsonStream.write(g, invoke(value, r));
            return;
        }
        g.writeStartObject();
        fields(g, r);
        g.writeEndObject();
    }

    private static void fields(JsonGenerator g, Record r) throws IOException {
        for (Property p : PROPERTIES.get(r.getClass())) {
            Object v = p.of(r);
            if (p.unwrapped()) {
                if (v instanceof Record inner) fields(g, inner);
                continue;
            }
            if (p.anyGetter()) {
                if (v instanceof Map<?, ?> m) {
                    for (Map.Entry<?, ?> e : m.entrySet()) {
                        g.writeFieldName(String.valueOf(e.getKey()));
                        JsonStream.write(g, e.getValue());
                    }
                }
                continue;
            }
            if (v == null && p.skipNull()) continue;
            g.writeFieldName(p.name());
            JsonStream.write(g, v);
        }
    }

    /** True when every value of {@code r} (recursively) is one {@link JsonStream} writes itself. */
    static boolean plain(Record r) {
        Method value = VALUE.get(r.getClass());
        if (value != null) return JsonStream.plain(invoke(value, r));
        for (Property p : PROPERTIES.get(r.getClass())) if (!JsonStream.plain(p.of(r))) return false;
        return true;
    }

    /** The value an enum constant is written as: its {@link JsonValue} method's result, else its name. */
    static Object enumValue(Enum<?> e) {
        Method m = VALUE.get(e.getDeclaringClass());
        return m == null ? e.name() : invoke(m, e);
    }

    private static Object invoke(Method m, Object target) {
        try {
            return m.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException x) {
            throw new IllegalStateException("cannot read " + m, x);
        }
    }

    private static List<Property> properties(Class<?> type) {
        Map<String, Property> byComponent = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            if (annotated(c, JsonIgnore.class)) continue;
            JsonInclude include = annotation(c, JsonInclude.class);
            boolean skipNull = include != null && include.value() == JsonInclude.Include.NON_NULL;
            Method accessor = c.getAccessor();
            accessor.setAccessible(true);
            String name = WireNames.INSTANCE.translate(c.getName()); // not Json.wireName: that builds the mapper
            byComponent.put(name, new Property(name, accessor, skipNull, annotated(c, JsonUnwrapped.class), annotated(c, JsonAnyGetter.class)));
        }
        JsonPropertyOrder order = type.getAnnotation(JsonPropertyOrder.class);
        if (order == null) return List.copyOf(byComponent.values());
        List<Property> out = new ArrayList<>();
        for (String name : order.value()) {
            Property p = byComponent.remove(name);
            if (p == null) throw new IllegalStateException(type.getName() + ": @JsonPropertyOrder names no component '" + name + "'");
            out.add(p);
        }
        out.addAll(byComponent.values());
        return List.copyOf(out);
    }

    private static boolean annotated(RecordComponent c, Class<? extends java.lang.annotation.Annotation> a) {
        return annotation(c, a) != null;
    }

    /** The annotation on the component, its field or its accessor (Jackson looks at all three). */
    private static <A extends java.lang.annotation.Annotation> A annotation(RecordComponent c, Class<A> a) {
        A on = c.getAnnotation(a);
        if (on == null) on = c.getAccessor().getAnnotation(a);
        if (on == null) {
            try {
                on = c.getDeclaringRecord().getDeclaredField(c.getName()).getAnnotation(a);
            } catch (NoSuchFieldException impossible) {
                return null;
            }
        }
        return on;
    }
}
