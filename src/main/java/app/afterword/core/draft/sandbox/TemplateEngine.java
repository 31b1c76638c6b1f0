// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft.sandbox;

import app.afterword.core.BoundedMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.velocity.Template;
import org.apache.velocity.app.event.EventCartridge;
import org.apache.velocity.exception.VelocityException;
import org.apache.velocity.runtime.RuntimeConstants;
import org.apache.velocity.runtime.RuntimeInstance;
import org.apache.velocity.runtime.parser.ParseException;
import org.apache.velocity.runtime.parser.node.SimpleNode;
import org.apache.velocity.runtime.resource.loader.ClasspathResourceLoader;
import org.apache.velocity.runtime.resource.loader.StringResourceLoader;
import org.slf4j.helpers.NOPLogger;

/**
 * One configured Velocity runtime. There are two: {@link #bundled} reads our own templates from the class path (so
 * they are found wherever the app is started), and {@link #sandbox} renders text only and has no resource loader a
 * template could point at a file. Both use strict references, the allowlist introspector, the render budgets and
 * template-local macros, and both have {@code #include}, {@code #parse} and {@code #evaluate} removed.
 * Thread-safe: parsed templates are shared, budgets are per thread.
 */
public final class TemplateEngine {

    private static final int PARSED_CACHE_SIZE = 64;

    private final RuntimeInstance runtime;
    private final RenderGuard guard = new RenderGuard();
    private final RenderLimits limits;
    private final String classpathFolder;
    private final OutputBudget outputBudget = new OutputBudget(guard);
    private final MethodFailures methodFailures = new MethodFailures();
    private final ErrorTranslator errors;
    private final Map<String, Template> parsed = BoundedMap.leastRecentlyUsed(PARSED_CACHE_SIZE);

    private TemplateEngine(RenderLimits limits, String classpathFolder) {
        this.limits = limits;
        this.classpathFolder = classpathFolder;
        Properties p = new Properties();
        if (classpathFolder != null) {
            p.setProperty(RuntimeConstants.RESOURCE_LOADERS, "classpath");
            p.setProperty("resource.loader.classpath.class", ClasspathResourceLoader.class.getName());
            p.setProperty("resource.loader.classpath.cache", "true");
            p.setProperty("resource.loader.classpath.modification_check_interval", "-1");
        } else {
            // A loader must be named; this one is private to the engine and always empty.
            p.setProperty(RuntimeConstants.RESOURCE_LOADERS, "string");
            p.setProperty("resource.loader.string.class", StringResourceLoader.class.getName());
            p.setProperty("resource.loader.string.repository.static", "false");
            p.setProperty("resource.loader.string.repository.name", "afterword.sandbox.empty");
        }
        p.setProperty(RuntimeConstants.INPUT_ENCODING, "UTF-8");
        p.setProperty(RuntimeConstants.RUNTIME_REFERENCES_STRICT, "true");
        p.setProperty(RuntimeConstants.UBERSPECT_CLASSNAME, AllowlistUberspector.class.getName());
        p.setProperty(RuntimeConstants.EVENTHANDLER_INCLUDE, DenyIncludes.class.getName());
        p.setProperty(RuntimeConstants.PARSE_DIRECTIVE_MAXDEPTH, "1");
        p.setProperty(RuntimeConstants.DEFINE_DIRECTIVE_MAXDEPTH, "2");
        p.setProperty(RuntimeConstants.VM_MAX_DEPTH, "5");
        p.setProperty(RuntimeConstants.VM_PERM_INLINE_LOCAL, "true");
        p.setProperty(RuntimeConstants.VM_PERM_ALLOW_INLINE_REPLACE_GLOBAL, "false");
        p.setProperty(RuntimeConstants.VM_LIBRARY, "");
        runtime = new RuntimeInstance();
        runtime.setProperty(RuntimeConstants.RUNTIME_LOG_INSTANCE, NOPLogger.NOP_LOGGER);
        runtime.setApplicationAttribute(RenderGuard.ATTRIBUTE, guard);
        runtime.init(p);
        runtime.removeDirective("include");
        runtime.removeDirective("parse");
        runtime.removeDirective("evaluate");
        errors = new ErrorTranslator((AllowlistUberspector) runtime.getUberspect(), this::sourceText);
    }

    /** The engine for bundled templates, read from {@code classpathFolder} ("app/afterword/templates"). */
    public static TemplateEngine bundled(String classpathFolder, RenderLimits limits) {
        if (classpathFolder == null || classpathFolder.isBlank()) {
            throw new IllegalArgumentException("a class-path folder is required");
        }
        return new TemplateEngine(limits, classpathFolder.replaceAll("^/+|/+$", ""));
    }

    /** The engine for user templates: text only, no loader, no includes. */
    public static TemplateEngine sandbox(RenderLimits limits) {
        return new TemplateEngine(limits, null);
    }

    /** The budgets this engine renders with. */
    public RenderLimits limits() {
        return limits;
    }

    /**
     * Renders a template with the given variables (render-only records from the model package).
     *
     * @throws TemplateException with the line, column and a plain-words reason when it cannot
     */
    public String render(TemplateSource source, Map<String, ?> variables) throws TemplateException {
        Template template = template(source);
        GuardedContext context = new GuardedContext(guard);
        variables.forEach(context::put);
        EventCartridge events = new EventCartridge();
        events.addEventHandler(outputBudget);
        events.addEventHandler(methodFailures);
        events.attachToContext(context);
        CappedWriter out = new CappedWriter(limits.maxOutputChars(), guard);
        try (RenderGuard.Open open = guard.open(limits)) {
            template.merge(context, out);
        } catch (VelocityException | TemplateBudgetException e) {
            throw new TemplateException(List.of(errors.translate(source, e, variables.keySet())));
        } catch (StackOverflowError e) {
            throw new TemplateException(List.of(new TemplateError(source.name(), 0, 0, 0, "Template nests too "
                + "deeply (macros, blocks or expressions inside each other) and was stopped.")));
        } catch (RuntimeException e) {
            throw new TemplateException(List.of(errors.translate(source, e, variables.keySet())));
        }
        return out.toString();
    }

    /** Reads a template without rendering it: syntax errors and directives that are not allowed. */
    public List<TemplateError> check(TemplateSource source) {
        try {
            template(source);
            return List.of();
        } catch (TemplateException e) {
            return e.errors();
        }
    }

    /**
     * The model fields a template refers to ("interviewer.name", "note.skill"), for the catalog's metadata.
     *
     * @throws TemplateException when the template can't be read
     */
    public Set<String> fieldsUsed(TemplateSource source) throws TemplateException {
        SimpleNode root = (SimpleNode) template(source).getData();
        try {
            return FieldScanner.scan(root);
        } catch (StackOverflowError e) {
            throw new TemplateException(List.of(tooDeep(source.name())));
        }
    }

    /** The fallback when a template nests in a way {@link NestingScan} does not measure (a very long expression). */
    private static TemplateError tooDeep(String name) {
        return new TemplateError(name, 0, 0, 0, "The template nests too deeply to be read (blocks, brackets or "
            + "operators inside each other); write it flatter, working values out in steps with `#set`.");
    }

    private Template template(TemplateSource source) throws TemplateException {
        if (source instanceof TemplateSource.Resource r) {
            if (classpathFolder == null) {
                throw new TemplateException(List.of(new TemplateError(r.name(), 0, 0, 0, "Templates can't include "
                    + "files or other templates.")));
            }
            Template template;
            try {
                template = runtime.getTemplate(classpathFolder + "/" + r.name(), "UTF-8");
            } catch (VelocityException e) {
                throw new TemplateException(List.of(errors.translate(r, e, Set.of())));
            }
            synchronized (parsed) {
                if (parsed.get(r.name()) == template) {
                    return template;
                }
            }
            List<TemplateError> problems = StaticCheck.check(r.name(), (SimpleNode) template.getData(),
                sourceText(r));
            if (!problems.isEmpty()) {
                throw new TemplateException(problems);
            }
            synchronized (parsed) {
                parsed.put(r.name(), template);
            }
            return template;
        }
        TemplateSource.Text t = (TemplateSource.Text) source;
        if (t.text().length() > limits.maxTemplateChars()) {
            throw new TemplateException(List.of(new TemplateError(t.name(), 0, 0, 0, "Template is too long ("
                + RenderGuard.count(t.text().length()) + " characters); the limit is "
                + RenderGuard.count(limits.maxTemplateChars()) + ".")));
        }
        TemplateError tooDeep = NestingScan.scan(t.name(), t.text());
        if (tooDeep != null) {
            throw new TemplateException(List.of(tooDeep));
        }
        String key = t.name() + '\u0000' + digest(t.text());
        synchronized (parsed) {
            Template cached = parsed.get(key);
            if (cached != null) {
                return cached;
            }
        }
        Template template = new Template();
        template.setRuntimeServices(runtime);
        template.setName(t.name());
        template.setEncoding("UTF-8");
        try {
            SimpleNode root = runtime.parse(new StringReader(t.text()), template);
            template.setData(root);
            template.initDocument();
            List<TemplateError> problems = StaticCheck.check(t.name(), root, t.text());
            if (!problems.isEmpty()) {
                throw new TemplateException(problems);
            }
        } catch (ParseException e) {
            throw new TemplateException(List.of(errors.translateParse(t, e)));
        } catch (VelocityException | TemplateBudgetException e) {
            throw new TemplateException(List.of(errors.translate(t, e, Set.of())));
        } catch (RuntimeException e) {
            throw new TemplateException(List.of(errors.translate(t, e, Set.of())));
        } catch (StackOverflowError e) {
            throw new TemplateException(List.of(tooDeep(t.name())));
        }
        synchronized (parsed) {
            parsed.put(key, template);
        }
        return template;
    }

    /** A fingerprint of the text, so the cache keeps keys small and never confuses two texts. */
    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private String sourceText(TemplateSource source) {
        if (source instanceof TemplateSource.Text t) {
            return t.text();
        }
        if (classpathFolder == null) {
            return null;
        }
        try (InputStream in = TemplateEngine.class.getClassLoader()
            .getResourceAsStream(classpathFolder + "/" + source.name())) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return null;
        }
    }
}
