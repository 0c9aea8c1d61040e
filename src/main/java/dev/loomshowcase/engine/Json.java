package dev.loomshowcase.engine;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.Map;

/** The one JSON mapper of the project: the child protocol and every report use the same settings. */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();
    /** Reads a record from a cell's extras, which hold other measurements too (JFR, forks, JIT settling). */
    private static final ObjectMapper LENIENT = MAPPER.copy().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
    private static final TypeReference<LinkedHashMap<String, Object>> FIELDS = new TypeReference<>() { };

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * A record's fields, named and ordered as Jackson writes them: a workload states its extras as a
     * typed record and hands them to the engine as this map ({@code Workload.extras()}).
     */
    public static Map<String, Object> fields(Object value) {
        return MAPPER.convertValue(value, FIELDS);
    }

    /** Fields read back into their record; fields the record does not declare are ignored. */
    public static <T> T read(Map<String, ?> fields, Class<T> type) {
        return LENIENT.convertValue(fields, type);
    }

    /** One-line JSON, for the child protocol. */
    public static String compact(Object value) {
        try {
            return MAPPER.writer().without(SerializationFeature.INDENT_OUTPUT).writeValueAsString(value);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getOriginalMessage(), e);
        }
    }
}
