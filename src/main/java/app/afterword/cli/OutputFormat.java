// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

/** Output for people or for programs. */
public enum OutputFormat { TEXT, JSON }
