package org.bandwise.platform.persistence;

/** Fired once the schema is current; {@code demoData} says whether this is a demo database. */
public record SchemaReady(boolean demoData) {}
