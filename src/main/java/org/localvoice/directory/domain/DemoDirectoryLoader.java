package org.localvoice.directory.domain;

/** Loads the shipped demo directory into an empty directory (implemented by the importers). */
public interface DemoDirectoryLoader {

    boolean isEmpty();

    void load(boolean full);
}
