// SPDX-License-Identifier: Apache-2.0
/**
 * Every way a note leaves the app: clipboard content ({@link app.afterword.core.export.ClipContent}), the mail app
 * ({@link app.afterword.core.export.MailtoLink}, {@link app.afterword.core.export.MailHandoff}), {@code .eml} drafts
 * ({@link app.afterword.core.export.EmlWriter}), handwritten-card PDFs ({@link app.afterword.core.export.CardPdf}),
 * LinkedIn notes ({@link app.afterword.core.export.LinkedInNote}) and plain-text and Markdown files
 * ({@link app.afterword.core.export.TextFiles}). {@link app.afterword.core.export.Exporter} is the one entry point for
 * files; the clipboard and the system opener are ports ({@link app.afterword.core.export.ClipboardPort},
 * {@link app.afterword.core.export.DesktopLauncher}) that the desktop and the command line implement.
 */
package app.afterword.core.export;
