// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.store;

/** A stored file from a newer app version that this version cannot read; it is left exactly as it is. */
final class NewerVersionException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int version;

    NewerVersionException(int version) {
        super("written by schema version " + version);
        this.version = version;
    }

    int version() {
        return version;
    }
}
