// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import app.afterword.core.draft.sandbox.TemplateEngine;
import app.afterword.core.draft.sandbox.TemplateError;
import app.afterword.core.draft.sandbox.TemplateException;
import app.afterword.core.draft.sandbox.TemplateSource;
import app.afterword.core.store.AtomicWriter;
import app.afterword.core.store.JsonRecordCodec;
import app.afterword.core.store.RecordStore;
import app.afterword.core.store.SaveException;
import app.afterword.core.store.Workspace;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The templates users and coaches write, kept in the workspace: metadata as a record in {@code templates/}, the
 * text beside it, both written atomically. Every template is checked in the sandbox before it is saved as valid;
 * it is only ever rendered in the sandbox.
 */
public final class UserTemplates {

    /** The workspace folder of user templates. */
    public static final String FOLDER = "templates";

    private final Workspace workspace;
    private final RecordStore<StoredTemplate> store;
    private final TemplateEngine sandbox;
    private final TemplateCheck check;

    /**
     * Opens the user templates of a workspace.
     *
     * @param check the check every template passes before it is saved as valid
     */
    public UserTemplates(Workspace workspace, TemplateEngine sandbox, TemplateCheck check) throws IOException {
        this.workspace = workspace;
        this.sandbox = sandbox;
        this.check = check;
        this.store = workspace.records(FOLDER, new JsonRecordCodec<>(workspace.json(), StoredTemplate.class,
            StoredTemplate.SCHEMA_VERSION, t -> "the template '" + t.title() + "'"));
    }

    /** Every user template whose kind and medium this version knows, in id order. */
    public List<TemplateInfo> list() {
        List<TemplateInfo> out = new ArrayList<>();
        for (StoredTemplate t : store.all().values()) {
            info(t).ifPresent(out::add);
        }
        return out;
    }

    /** The user template with this id. */
    public Optional<TemplateInfo> find(String id) {
        return store.get(id).flatMap(this::info);
    }

    private Optional<TemplateInfo> info(StoredTemplate t) {
        Optional<NoteKind> kind = NoteKind.parse(t.kind());
        Optional<Medium> medium = Medium.parse(t.medium());
        if (kind.isEmpty() || medium.isEmpty()) {
            return Optional.empty();
        }
        Tone tone = Tone.parse(t.tone()).orElse(Tone.WARM);
        List<String> fields = List.of();
        Optional<String> text = text(t.id());
        if (text.isPresent()) {
            try {
                fields = new ArrayList<>(sandbox.fieldsUsed(new TemplateSource.Text(t.id(), text.get())));
            } catch (TemplateException e) {
                fields = List.of();
            }
        }
        return Optional.of(new TemplateInfo(t.id(), kind.get(), medium.get(), tone, t.title(), t.description(),
            fields, t.requires(), TemplateInfo.Origin.USER, t.valid() && text.isPresent()));
    }

    /** The template's text, header included; empty when its file is missing or unreadable. */
    public Optional<String> text(String id) {
        if (!RecordStore.isValidId(id) || store.get(id).isEmpty()) {
            return Optional.empty();
        }
        Path file = textFile(id);
        for (Path candidate : List.of(file, AtomicWriter.backupOf(file))) {
            try {
                if (Files.isRegularFile(candidate) && Files.size(candidate) <= TemplateFiles.MAX_BYTES) {
                    return Optional.of(TemplateFiles.decode(Files.readAllBytes(candidate), id));
                }
            } catch (IOException | DraftException e) {
                continue;
            }
        }
        return Optional.empty();
    }

    /**
     * Imports a template file: decodes it, reads its header, checks it against the sample interviews and saves it
     * under a new id. Nothing is saved when the file has a problem.
     *
     * @param fileName the file's name, used as the title when the header has none (never as a path)
     * @param defaults kind, medium and tone for a file whose header does not say; may be null
     * @throws DraftException with every problem found (line and column where there is one)
     */
    public TemplateInfo importFile(byte[] bytes, String fileName, TemplateHeader defaults) throws DraftException {
        String shown = displayName(fileName);
        String text = TemplateFiles.decode(bytes, shown);
        TemplateCheck.Result result = check.check(shown, text, defaults);
        if (!result.errors().isEmpty()) {
            throw new DraftException(shown + " can't be imported: " + result.errors().get(0), result.errors());
        }
        TemplateHeader h = merge(TemplateHeader.parse(text), defaults, shown.replaceAll("\\.[A-Za-z0-9]{1,5}$", ""));
        return write(null, h, TemplateHeader.body(text), true);
    }

    /**
     * Saves a template from the editor: new when {@code id} is null. A template with errors is saved too (so no
     * work is lost) but marked invalid, and it can't draft until it is fixed.
     *
     * @return the saved template and the problems found
     */
    public Saved save(String id, TemplateHeader header, String text) throws DraftException {
        if (id != null && store.get(id).isEmpty()) {
            throw new DraftException(DraftException.Problem.REQUEST, "There is no user template with id '" + id
                + "'.");
        }
        if (header == null || header.kind() == null || header.medium() == null) {
            throw new DraftException("Choose the kind and medium the template drafts before saving it.");
        }
        String body = TemplateHeader.body(text.replace("\r\n", "\n"));
        TemplateCheck.Result result = check.check(header.title() == null ? "template" : header.title(), body,
            header);
        TemplateInfo info = write(id, header, body, result.errors().isEmpty());
        return new Saved(info, result.errors());
    }

    /** A saved template and the problems found while checking it. */
    public record Saved(TemplateInfo template, List<TemplateError> problems) {
        /** Copies the list. */
        public Saved {
            problems = List.copyOf(problems);
        }
    }

    private TemplateInfo write(String existingId, TemplateHeader h, String body, boolean valid)
        throws DraftException {
        String title = h.title() == null ? "My template" : h.title();
        String id = existingId != null ? existingId : store.newId("user " + title);
        Tone tone = h.tone() == null ? Tone.WARM : h.tone();
        TemplateHeader header = new TemplateHeader(h.kind(), h.medium(), tone, title, h.description(), h.requires(),
            List.of(), List.of());
        byte[] bytes = (header.format() + "\n" + body).getBytes(StandardCharsets.UTF_8);
        StoredTemplate record = new StoredTemplate(StoredTemplate.SCHEMA_VERSION, id, h.kind().id(), h.medium().id(),
            tone.id(), title, h.description(), h.requires(), valid);
        try {
            workspace.writer().write(textFile(id), bytes, "the template '" + title + "'");
            store.save(id, record);
        } catch (SaveException e) {
            throw new DraftException(e.getMessage());
        }
        return info(record).orElseThrow();
    }

    /** The file to share: the template's text with its header, as UTF-8. */
    public byte[] export(String id) throws DraftException {
        return text(id).orElseThrow(() -> new DraftException(DraftException.Problem.REQUEST, "There is no user "
            + "template with id '" + id + "'.")).getBytes(StandardCharsets.UTF_8);
    }

    /** Deletes a user template and its text. */
    public void remove(String id) throws DraftException {
        if (!RecordStore.isValidId(id) || store.get(id).isEmpty()) {
            throw new DraftException(DraftException.Problem.REQUEST, "There is no user template with id '" + id
                + "'.");
        }
        try {
            store.remove(id);
            Files.deleteIfExists(textFile(id));
            Files.deleteIfExists(AtomicWriter.backupOf(textFile(id)));
        } catch (SaveException e) {
            throw new DraftException(e.getMessage());
        } catch (IOException e) {
            throw new DraftException("The template's text file could not be deleted (" + e.getClass().getSimpleName()
                + "); it is no longer listed.");
        }
    }

    /** Renders a user template in the sandbox. */
    String render(String id, Map<String, Object> variables) throws TemplateException, DraftException {
        String text = text(id).orElseThrow(() -> new DraftException("The text of template '" + id + "' is missing "
            + "or unreadable; import it again."));
        return sandbox.render(new TemplateSource.Text(id, text), variables);
    }

    private Path textFile(String id) {
        return store.directory().resolve(id + ".vtl");
    }

    private static TemplateHeader merge(TemplateHeader h, TemplateHeader defaults, String fallbackTitle) {
        TemplateHeader d = defaults == null ? new TemplateHeader(null, null, null, null, null, null, null, null)
            : defaults;
        return new TemplateHeader(h.kind() != null ? h.kind() : d.kind(), h.medium() != null ? h.medium()
            : d.medium(), h.tone() != null ? h.tone() : d.tone(), h.title() != null ? h.title() : d.title() != null
            ? d.title() : fallbackTitle, h.description() != null ? h.description() : d.description(),
            h.requires().isEmpty() ? d.requires() : h.requires(), List.of(), List.of());
    }

    private static String displayName(String fileName) {
        if (fileName == null || fileName.isBlank()) {
            return "template";
        }
        String n = fileName.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1).replaceAll("\\p{Cntrl}", "").strip();
        return n.isEmpty() ? "template" : n.length() > 80 ? n.substring(0, 80) : n;
    }
}
