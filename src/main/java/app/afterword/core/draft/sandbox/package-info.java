// SPDX-License-Identifier: Apache-2.0
/**
 * Velocity, locked down. Templates written by users and coaches run here with no file or class-path loader, no
 * include, parse or evaluate, an allowlist of what they may read, strict references, a time budget and an output
 * budget. The bundled templates run on a class-path engine with the same allowlist, so a bundled template copied
 * and edited by a user behaves the same in the sandbox.
 */
package app.afterword.core.draft.sandbox;
