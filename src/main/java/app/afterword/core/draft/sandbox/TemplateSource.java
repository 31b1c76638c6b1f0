// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft.sandbox;

/** Where a template's text comes from: a bundled resource on the class path, or text held in memory. */
public sealed interface TemplateSource {

    /** The name used in error messages. */
    String name();

    /** A bundled template, by file name under the engine's class-path folder ("thank-you-email-warm.vtl"). */
    record Resource(String name) implements TemplateSource {
        /** Requires a plain file name. */
        public Resource {
            if (name == null || name.isBlank() || name.contains("..") || name.startsWith("/")) {
                throw new IllegalArgumentException("not a bundled template name: " + name);
            }
        }
    }

    /** Template text from a user, a file being checked, or the editor. */
    record Text(String name, String text) implements TemplateSource {
        /** Requires both parts. */
        public Text {
            if (name == null || name.isBlank() || text == null) {
                throw new IllegalArgumentException("name and text are required");
            }
        }
    }
}
