// SPDX-License-Identifier: Apache-2.0
/**
 * What a template can see: small immutable records of text, numbers and lists, built fresh for every note. The
 * template sandbox lets templates read these records and nothing else, so a template can never reach a file, a
 * service or the live interview.
 */
package app.afterword.core.draft.model;
