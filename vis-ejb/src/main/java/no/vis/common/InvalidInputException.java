package no.vis.common;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Input the service refuses, field by field: each field name (as the service's input record names
 * it) with the message key saying what is wrong. Pages show each message next to its field. Nothing
 * is written (the transaction rolls back).
 */
public class InvalidInputException extends BusinessException {

    private static final long serialVersionUID = 1L;

    private final Map<String, String> fieldErrors;

    public InvalidInputException(Map<String, String> fieldErrors) {
        super("input.invalid");
        if (fieldErrors.isEmpty()) {
            throw new IllegalArgumentException("no field errors");
        }
        this.fieldErrors = Map.copyOf(new LinkedHashMap<>(fieldErrors));
    }

    /** Field name → message key. */
    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    /** Collects field errors and throws them all at once. */
    public static final class Collector {
        private final Map<String, String> errors = new LinkedHashMap<>();

        /** Records the error unless the field already has one. */
        public Collector add(String field, String messageKey) {
            errors.putIfAbsent(field, messageKey);
            return this;
        }

        public boolean has(String field) {
            return errors.containsKey(field);
        }

        public void throwIfAny() {
            if (!errors.isEmpty()) {
                throw new InvalidInputException(errors);
            }
        }
    }
}
