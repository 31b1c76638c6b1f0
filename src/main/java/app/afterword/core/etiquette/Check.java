// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.etiquette;

/** One group of related rules (timing, length...), run on an analysed note. */
interface Check {
    void run(Note note, Findings out);
}
