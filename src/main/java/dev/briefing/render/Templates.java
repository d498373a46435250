package dev.briefing.render;

import dev.briefing.errors.Problems;
import dev.briefing.errors.SourcePosition;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;

/**
 * The FreeMarker configuration, built once per build and shared by all rendering threads.
 *
 * <p>Templates come from the site's {@code templates/} folder first, then from the built-in theme
 * packaged in the jar, file by file. {@code .ftlh} templates escape every value as HTML unless a
 * template says otherwise, so article text can never inject markup; {@code .ftlx} escape as XML.
 */
public final class Templates {
    /** Where the built-in theme lives on the class path (packaged from the repo's templates/). */
    public static final String THEME_ROOT = "/dev/briefing/theme/";

    private final Configuration config;
    private final Optional<Path> userDir;

    public Templates(Optional<Path> userDir) {
        this.userDir = userDir.filter(Files::isDirectory);
        config = new Configuration(Configuration.VERSION_2_3_35);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (this.userDir.isPresent()) {
            try {
                loaders.add(new FileTemplateLoader(this.userDir.get().toFile()));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read templates folder " + this.userDir.get(), e);
            }
        }
        loaders.add(new ClassTemplateLoader(Templates.class, THEME_ROOT));
        config.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0])));
        config.setDefaultEncoding("UTF-8");
        config.setOutputEncoding("UTF-8");
        config.setLocale(Locale.ENGLISH);
        config.setTimeZone(TimeZone.getTimeZone("UTC"));
        config.setNumberFormat("computer");
        config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        config.setLogTemplateExceptions(false);
        config.setWrapUncheckedExceptions(true);
        config.setFallbackOnNullLoopVariable(false);
        config.setAPIBuiltinEnabled(false);
        // A site's own templates are code from whoever wrote the content: "...Execute"?new() must not run.
        config.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        // Templates do not change during a build: each is read once, not looked up on disk for
        // every page. serve, which sees them change, calls reload().
        config.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        var wrapper = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_35);
        wrapper.setExposeFields(false);
        config.setObjectWrapper(wrapper.build());
    }

    /** Forgets every parsed template, so the next render reads each template's file again. */
    public void reload() {
        config.clearTemplateCache();
    }

    /**
     * Renders a template with a model into UTF-8; a template error is reported with the template's
     * file, line and column, and yields empty.
     */
    public Optional<byte[]> render(String name, Map<String, Object> model, Problems problems) {
        TextBuffer out = TextBuffer.forThisThread();
        return render(name, model, out, problems) ? Optional.of(out.utf8()) : Optional.empty();
    }

    /**
     * Renders a template into {@code out}, for a file written as it is made.
     *
     * @return false when the template failed (the problem is reported; {@code out} holds a part)
     * @throws java.io.UncheckedIOException when {@code out} cannot be written
     */
    public boolean render(String name, Map<String, Object> model, java.io.Writer out, Problems problems) {
        Template template;
        try {
            template = config.getTemplate(name);
        } catch (ParseException e) {
            problems.error(new SourcePosition(templatePath(e.getTemplateName()), e.getLineNumber(),
                    e.getColumnNumber()), "template syntax error: " + e.getEditorMessage());
            return false;
        } catch (IOException | SecurityException e) {
            // SecurityException: a link out of the templates folder, which FreeMarker's loader refuses
            problems.error(SourcePosition.startOf(templatePath(name)), "cannot load template: " + e.getMessage());
            return false;
        }
        try {
            template.process(model, out);
            return true;
        } catch (TemplateException e) {
            problems.error(new SourcePosition(templatePath(e.getTemplateSourceName()),
                    orOne(e.getLineNumber()), orOne(e.getColumnNumber())),
                    "template error: " + firstLine(e.getMessageWithoutStackTop()));
            return false;
        } catch (SecurityException e) {
            // An included template linked out of the templates folder, which FreeMarker's loader refuses.
            problems.error(SourcePosition.startOf(templatePath(name)), "cannot load template: " + e.getMessage());
            return false;
        } catch (IOException e) {
            // FreeMarker reports a template it cannot include as a TemplateException: this is the output.
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * Parses every template of the site's templates folder, reporting each syntax error with its
     * position: done while the content loads, so one run reports template and content errors
     * together. A template's runtime errors still show when pages are rendered.
     */
    public void checkSyntax(Problems problems) {
        if (userDir.isEmpty()) {
            return;
        }
        List<Path> files;
        try (var walk = Files.walk(userDir.get())) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> f.toString().matches(".*\\.ftl[hx]?$")).sorted().toList();
        } catch (IOException e) {
            problems.error(SourcePosition.startOf(userDir.get()), "cannot read templates folder: " + e.getMessage());
            return;
        }
        for (Path f : files) {
            String name = userDir.get().relativize(f).toString().replace('\\', '/');
            try {
                config.getTemplate(name);
            } catch (ParseException e) {
                problems.error(new SourcePosition(templatePath(e.getTemplateName()), e.getLineNumber(),
                        e.getColumnNumber()), "template syntax error: " + e.getEditorMessage());
            } catch (IOException e) {
                problems.error(SourcePosition.startOf(f), "cannot load template: " + e.getMessage());
            } catch (SecurityException linkedOut) {
                // FreeMarker's loader refuses a link that leads out of the folder; checkTemplatesFolder
                // reports it at its place.
            }
        }
    }

    /** A theme file (CSS, icons) from the site's templates folder or the built-in theme. */
    public Optional<byte[]> themeFile(String relative) throws IOException {
        if (userDir.isPresent()) {
            Path p = userDir.get().resolve(relative);
            if (Files.isRegularFile(p)) {
                return Optional.of(Files.readAllBytes(p));
            }
        }
        try (InputStream in = Templates.class.getResourceAsStream(THEME_ROOT + relative)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        }
    }

    /** Files the site's templates folder adds under {@code assets/}, relative to the folder. */
    public List<String> userAssets() throws IOException {
        if (userDir.isEmpty() || !Files.isDirectory(userDir.get().resolve("assets"))) {
            return List.of();
        }
        try (var files = Files.walk(userDir.get().resolve("assets"))) {
            return files.filter(Files::isRegularFile)
                    .map(f -> userDir.get().relativize(f).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    /** Where a template or theme file comes from, for messages: the site's file, else the built-in theme's. */
    public Path pathOf(String name) {
        return templatePath(name);
    }

    private Path templatePath(String name) {
        if (name == null) {
            return Path.of("templates");
        }
        if (userDir.isPresent() && Files.exists(userDir.get().resolve(name))) {
            return userDir.get().resolve(name);
        }
        return Path.of("(built-in theme)", name);
    }

    private static int orOne(Integer n) {
        return n == null || n < 1 ? 1 : n;
    }

    private static String firstLine(String s) {
        String t = s.strip();
        int nl = t.indexOf('\n');
        return nl < 0 ? t : t.substring(0, nl);
    }
}
