// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft;

import app.afterword.core.draft.sandbox.RenderLimits;
import app.afterword.core.draft.sandbox.TemplateEngine;
import app.afterword.core.draft.sandbox.TemplateException;
import app.afterword.core.draft.sandbox.TemplateSource;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The templates that ship with the app: plain Velocity files in the top-level {@code templates/} folder, copied onto
 * the class path so they are found wherever the app is started. {@code index.txt} lists them in catalog order;
 * each file carries its own metadata in a {@link TemplateHeader}.
 */
public final class BundledTemplates {

    /** The class-path folder of the bundled templates. */
    public static final String FOLDER = "app/afterword/templates";

    private final TemplateEngine engine;
    private final Map<String, TemplateInfo> infos;
    private final Map<String, String> texts;

    private BundledTemplates(TemplateEngine engine, Map<String, TemplateInfo> infos, Map<String, String> texts) {
        this.engine = engine;
        this.infos = infos;
        this.texts = texts;
    }

    /**
     * Reads the bundled templates and prepares their engine.
     *
     * @throws IllegalStateException when a bundled template is missing or broken (a packaging mistake)
     */
    public static BundledTemplates load() {
        ClassLoader loader = BundledTemplates.class.getClassLoader();
        TemplateEngine engine = TemplateEngine.bundled(FOLDER, RenderLimits.DEFAULT);
        Map<String, TemplateInfo> infos = new LinkedHashMap<>();
        Map<String, String> texts = new LinkedHashMap<>();
        for (String id : read(loader, FOLDER + "/index.txt").lines().map(String::strip)
            .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList()) {
            String text = read(loader, FOLDER + "/" + id + ".vtl");
            TemplateHeader h = TemplateHeader.parse(text);
            if (h.kind() == null || h.medium() == null || h.tone() == null || !h.problems().isEmpty()) {
                throw new IllegalStateException("Bundled template " + id + " has an incomplete header "
                    + h.problems());
            }
            List<String> fields;
            try {
                fields = new ArrayList<>(engine.fieldsUsed(new TemplateSource.Resource(id + ".vtl")));
            } catch (TemplateException e) {
                throw new IllegalStateException("Bundled template " + id + " is broken: " + e.getMessage(), e);
            }
            infos.put(id, new TemplateInfo(id, h.kind(), h.medium(), h.tone(), h.title(), h.description(), fields,
                h.requires(), TemplateInfo.Origin.BUNDLED, true));
            texts.put(id, text);
        }
        return new BundledTemplates(engine, Collections.unmodifiableMap(infos), Collections.unmodifiableMap(texts));
    }

    private static String read(ClassLoader loader, String path) {
        try (InputStream in = loader.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("Bundled resource " + path + " is missing from the app");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every bundled template, in catalog order. */
    public List<TemplateInfo> list() {
        return List.copyOf(infos.values());
    }

    /** The template with this id. */
    public Optional<TemplateInfo> find(String id) {
        return Optional.ofNullable(infos.get(id));
    }

    /** The template's text, header included, for showing and exporting. */
    public Optional<String> text(String id) {
        return Optional.ofNullable(texts.get(id));
    }

    /** Renders a bundled template. */
    String render(String id, Map<String, Object> variables) throws TemplateException {
        return engine.render(new TemplateSource.Resource(id + ".vtl"), variables);
    }
}
