package org.localvoice.visits.domain;

import java.util.List;

/** A rule of Enter and View forbids the change; {@code key} and {@code args} make the message shown. */
public class RefusedException extends RuntimeException {

    private final String key;
    private final transient List<Object> args;

    public RefusedException(String key, Object... args) {
        super(key);
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}
