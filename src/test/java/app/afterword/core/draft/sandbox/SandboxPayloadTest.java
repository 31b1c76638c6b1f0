// SPDX-License-Identifier: Apache-2.0
package app.afterword.core.draft.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import app.afterword.core.draft.model.Meeting;
import app.afterword.core.draft.model.NoteInfo;
import app.afterword.core.draft.model.Phrase;
import app.afterword.core.draft.model.Recipient;
import app.afterword.core.draft.model.Sender;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The template payloads of reliability.md T1–T15, each shown to fail with a clear message, with its line and
 * column where it has one, and without changing the model the template was given.
 */
class SandboxPayloadTest {

    private static final TemplateEngine SANDBOX = TemplateEngine.sandbox(RenderLimits.DEFAULT);
    private static final TemplateEngine BUNDLED = TemplateEngine.bundled("app/afterword/templates",
        RenderLimits.DEFAULT);

    private final Map<String, Object> model = model();

    private static Map<String, Object> model() {
        Map<String, Object> m = new LinkedHashMap<>();
        Phrase flow = new Phrase("the onboarding flow", "noun", "the onboarding flow", null, null, 3);
        Phrase research = new Phrase("research", "noun", "research", null, null, 1);
        m.put("interviewer", new Recipient("Ana Lima", "Ana", "Ana", null, "ana@acme.example", null, List.of(flow),
            flow, true, null));
        m.put("candidate", new Sender("Sam Okafor", "Sam", "sam@example.com", null, null, null, null,
            List.of("sam@example.com")));
        m.put("interview", new Meeting("Acme", "Product Designer", "video", "Tuesday", "November 24", null,
            List.of(flow), List.of(research), List.of(), List.of(), List.of(), 1));
        m.put("note", new NoteInfo("thank-you", "email", "warm", 0, 0, 0, research, null, null));
        return m;
    }

    private TemplateError renderFails(String template) {
        Map<String, Object> before = model();
        TemplateException e = org.junit.jupiter.api.Assertions.assertThrows(TemplateException.class,
            () -> SANDBOX.render(new TemplateSource.Text("my-note", template), model));
        assertThat(model).as("the model is unchanged").isEqualTo(before);
        assertThat(e.errors()).isNotEmpty();
        TemplateError error = e.errors().get(0);
        assertThat(error.message()).doesNotContain("org.apache", "java.lang", "Exception");
        return error;
    }

    // T1: reflection and class loading

    @ParameterizedTest
    @ValueSource(strings = {
        "$interviewer.class.forName('java.lang.Runtime').getRuntime().exec('id')",
        "$interviewer.getClass().forName('java.lang.Runtime')",
        "$interviewer.class.classLoader",
        "$interviewer.class.getDeclaredMethods()",
        "$interviewer.name.getClass().forName('java.lang.System').exit(1)",
        "#set($c = $interviewer.class)$c.forName('java.lang.Runtime')",
        "$interview.topics.getClass().getClassLoader()",
        "$note.kind.getBytes()"})
    void reflectionPayloadIsRefused(String payload) {
        TemplateError e = renderFails(payload);
        assertThat(e.message()).contains("uses a feature that isn't allowed in templates");
        assertThat(e.line()).isEqualTo(1);
        assertThat(e.column()).isPositive();
    }

    // T2: includes of files, absolute, relative, Windows and bundled names

    @ParameterizedTest
    @ValueSource(strings = {
        "#include('../../../../etc/passwd')",
        "#parse('/etc/hostname')",
        "#include('C:\\Windows\\win.ini')",
        "#parse('data/interviews/x.json')",
        "#include('thank-you-email-warm.vtl')",
        "#parse('app/afterword/templates/thank-you-card.vtl')",
        "Hello\n#if(true)\n#include('/etc/hostname')\n#end"})
    void includePayloadIsRefused(String payload) {
        TemplateError e = renderFails(payload);
        assertThat(e.message()).startsWith("Templates can't include files or other templates");
        assertThat(e.line()).isPositive();
    }

    @Test
    void includeOfARealFileNeverReadsIt(@TempDir Path dir) throws Exception {
        Path secret = dir.resolve("secret.txt");
        Files.writeString(secret, "TOP-SECRET-7731", StandardCharsets.UTF_8);
        for (String directive : List.of("include", "parse")) {
            String template = "#" + directive + "('" + secret.toAbsolutePath().toString().replace("\\", "/") + "')";
            assertThatThrownBy(() -> SANDBOX.render(new TemplateSource.Text("t", template), model))
                .isInstanceOf(TemplateException.class)
                .hasMessageNotContaining("TOP-SECRET");
        }
    }

    @Test
    void bundledEngineRefusesIncludesToo() {
        assertThat(BUNDLED.check(new TemplateSource.Text("t", "#parse('thank-you-card.vtl')")))
            .singleElement().extracting(TemplateError::message).asString().contains("can't include");
    }

    @Test
    void sandboxHasNoLoaderForBundledOrFileTemplates() {
        assertThatThrownBy(() -> SANDBOX.render(new TemplateSource.Resource("thank-you-card.vtl"), model))
            .isInstanceOf(TemplateException.class).hasMessageContaining("can't include");
    }

    // T3: directives built at run time

    @ParameterizedTest
    @ValueSource(strings = {
        "#evaluate('#include(\"/etc/passwd\")')",
        "#set($d = '#')#evaluate(\"${d}include('/etc/passwd')\")",
        "#define($x)#include('/etc/passwd')#end$x",
        "#macro(inc $f)#parse($f)#end#inc('/etc/passwd')"})
    void directiveBuiltAtRunTimeIsRefused(String payload) {
        TemplateError e = renderFails(payload);
        assertThat(e.message()).startsWith("Templates can't include files or other templates");
    }

    @Test
    void textThatLooksLikeADirectiveStaysText() throws TemplateException {
        String out = SANDBOX.render(new TemplateSource.Text("t", "#set($d = '#')${d}include('/etc/passwd')"),
            model);
        assertThat(out).isEqualTo("#include('/etc/passwd')");
    }

    // T4: loops that never end

    @ParameterizedTest
    @ValueSource(strings = {
        "#foreach($i in [1..2147483647])#end",
        "#foreach($i in [1..1000])#foreach($j in [1..1000])#foreach($k in [1..1000])#end#end#end",
        "#foreach($i in [1..2147483647])x#end"})
    void runawayLoopStopsWithinTheBudget(String payload) {
        TemplateError e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> renderFails(payload));
        assertThat(e.message()).containsAnyOf("Template took too long", "Template produced too much text");
    }

    @Test
    void slowTemplateStopsAtTheDeadline() {
        TemplateEngine tight = TemplateEngine.sandbox(new RenderLimits(Duration.ofMillis(200), Integer.MAX_VALUE,
            100_000, 50_000, 256 * 1024));
        String loops = "#foreach($i in [1..1000])#foreach($j in [1..1000])#foreach($k in [1..1000])#end#end#end";
        TemplateException e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> org.junit.jupiter.api
            .Assertions.assertThrows(TemplateException.class, () -> tight.render(new TemplateSource.Text("t",
                loops), model)));
        assertThat(e.errors().get(0).message()).startsWith("Template took too long (over 200 milliseconds)");
    }

    // T5: output amplification

    @ParameterizedTest
    @ValueSource(strings = {
        "#set($s = 'ab')#foreach($i in [1..40])#set($s = \"$s$s\")#end$s",
        "#set($s = 'ab')#foreach($i in [1..40])#set($s = $s + $s)#end$s",
        "#define($a)xxxxxxxxxxxxxxxxxxxx#end#define($b)$a$a$a$a$a$a$a$a$a$a#end"
            + "#define($c)$b$b$b$b$b$b$b$b$b$b#end#foreach($i in [1..150])$c$c$c$c$c$c$c$c$c$c#end",
        "#foreach($i in [1..150000])$interviewer.name#end"})
    void outputAmplificationStopsAtTheBudget(String payload) {
        TemplateError e = assertTimeoutPreemptively(Duration.ofSeconds(30), () -> renderFails(payload));
        assertThat(e.message()).containsAnyOf("Template produced too much text", "Template took too long");
    }

    @ParameterizedTest
    @ValueSource(strings = {"$interviewer.name.repeat(100000000)", "$interviewer.name.replace('a', 'aaaa')",
        "$interviewer.name.concat($interviewer.name)", "$interviewer.name.formatted('x')"})
    void amplifyingStringMethodIsRefused(String payload) {
        assertThat(renderFails(payload).message()).contains("isn't allowed");
    }

    // T6: recursion

    @Test
    void recursiveMacroIsStopped() {
        TemplateError e = renderFails("#macro(again $n)#again($n)#end\n#again(1)");
        assertThat(e.message()).startsWith("Macros call each other too deeply");
    }

    @Test
    void recursiveParseIsRefused() {
        assertThat(renderFails("#parse('my-note')").message()).startsWith("Templates can't include");
    }

    // T7: mutating the model

    @ParameterizedTest
    @ValueSource(strings = {
        "$interview.topics.add('x')",
        "$interview.topics.clear()",
        "$interview.topics.remove(0)",
        "#set($interview.company = 'x')",
        "#set($interviewer.name = 'x')",
        "#set($t = $interview.topics)$t.set(0, 'x')"})
    void mutationIsBlockedAndTheModelIsUnchanged(String payload) {
        TemplateError e = renderFails(payload);
        assertThat(e.message()).containsAnyOf("isn't allowed", "can't be changed");
    }

    // T8: syntax errors

    @Test
    void unclosedIfIsReportedWithItsPlace() {
        TemplateError e = SANDBOX.check(new TemplateSource.Text("t", "Hello\n#if($interviewer.title")).get(0);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.toString()).startsWith("line 2, column ").contains("`#end`");
        assertThat(SANDBOX.check(new TemplateSource.Text("t", "## #if( in a comment\nA\n  #foreach($t in "
            + "$interview.topics)\n#if($t)x#end\nB\n"))).singleElement().hasToString("line 3, column 3: "
            + "`#foreach` is never closed; add `#end` after the part it controls.");
    }

    @Test
    void strayEndIsReportedWithItsPlace() {
        assertThat(SANDBOX.check(new TemplateSource.Text("t", "Dear $interviewer.name,\n\n#end")))
            .singleElement().hasToString("line 3, column 1: `#end` has no matching `#if`, `#foreach`, `#macro` or "
                + "`#define` above it.");
    }

    @Test
    void unclosedBraceIsReportedWithItsPlace() {
        assertThat(SANDBOX.check(new TemplateSource.Text("t", "Dear ${interviewer.name,")))
            .singleElement().hasToString("line 1, column 24: Velocity did not expect `,` here.");
        assertThat(SANDBOX.check(new TemplateSource.Text("t", "Dear ${interviewer.name")))
            .singleElement().extracting(TemplateError::message).asString().contains("every `${` its `}`");
        assertThat(SANDBOX.check(new TemplateSource.Text("t", "Dear ${ and more")))
            .singleElement().hasToString("line 1, column 6: `${` starts a reference that is never closed; write "
                + "`${name}` with its `}`, or `\\$` for a literal dollar sign.");
    }

    @Test
    void unterminatedStringIsReportedWhereItStarts() {
        assertThat(SANDBOX.check(new TemplateSource.Text("t", "Hi\n#set($x = 'abc\nmore")))
            .singleElement().hasToString("line 2, column 11: A quoted text that starts here is never closed; add "
                + "the closing '.");
    }

    // T9: typos

    @Test
    void misspelledFieldNamesTheFieldMeant() {
        String template = "Subject: Thank you\n\nDear $interviewer.name,\n\nThank you, $interviewer.nmae.";
        TemplateError e = renderFails(template);
        assertThat(e).hasToString("line 5, column 12: `$interviewer.nmae` is not a field — did you mean `name`?");
        assertThat(e.template()).isEqualTo("my-note");
        assertThat(e.length()).isEqualTo("$interviewer.nmae".length());
    }

    @Test
    void misspelledVariableNamesTheVariableMeant() {
        assertThat(renderFails("Dear $interveiwer.name,"))
            .hasToString("line 1, column 6: `$interveiwer` is not defined — did you mean `$interviewer`?");
    }

    @Test
    void unknownFieldListsTheFields() {
        assertThat(renderFails("$note.favouriteColour").message()).startsWith("`$note.favouriteColour` is not a "
            + "field; the fields are brevity, clarification, idea, kind");
    }

    @Test
    void typoNeverReachesTheNoteAsLiteralText() {
        assertThatThrownBy(() -> SANDBOX.render(new TemplateSource.Text("t", "Dear $interveiwer.name"), model))
            .isInstanceOf(TemplateException.class);
    }

    // T10: missing data

    @Test
    void emptyFieldOutsideIfIsExplained() {
        assertThat(renderFails("Dear $interviewer.name ($interviewer.title)"))
            .hasToString("line 1, column 25: `$interviewer.title` has no value for this interview; write it inside "
                + "`#if($interviewer.title) … #end`, or use `$!interviewer.title` to leave it out.");
    }

    @Test
    void emptyFieldCanBeTestedWithIf() throws TemplateException {
        assertThat(SANDBOX.render(new TemplateSource.Text("t", "Dear $interviewer.name#if($interviewer.title), "
            + "$interviewer.title#end."), model)).isEqualTo("Dear Ana Lima.");
    }

    // T14: macros stay in their own template

    @Test
    void macroOfOneTemplateIsNotVisibleInAnother() throws TemplateException {
        SANDBOX.render(new TemplateSource.Text("a", "#macro(greet)Hello from A#end#greet()"), model);
        TemplateException e = org.junit.jupiter.api.Assertions.assertThrows(TemplateException.class,
            () -> SANDBOX.render(new TemplateSource.Text("b", "#greet()"), model));
        assertThat(e.errors().get(0).message()).startsWith("`#greet` is not defined in this template");
    }

    @Test
    void twoTemplatesDefiningTheSameMacroEachUseTheirOwn() throws TemplateException {
        String a = SANDBOX.render(new TemplateSource.Text("a", "#macro(sign)A#end#sign()"), model);
        String b = SANDBOX.render(new TemplateSource.Text("b", "#macro(sign)B#end#sign()"), model);
        String again = SANDBOX.render(new TemplateSource.Text("a", "#macro(sign)A#end#sign()"), model);
        assertThat(List.of(a, b, again)).containsExactly("A", "B", "A");
    }

    // T15: renders run on immutable snapshots, side by side

    @Test
    void concurrentRendersOfOneTemplateAgree() throws Exception {
        String template = "Dear $interviewer.name,\n#foreach($t in $interview.topics)$t#if($foreach.hasNext), #end"
            + "#end\n$candidate.name";
        String expected = SANDBOX.render(new TemplateSource.Text("t", template), model);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                results.add(pool.submit(() -> SANDBOX.render(new TemplateSource.Text("t", template), model())));
            }
            for (Future<String> f : results) {
                assertThat(f.get(30, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void outOfRangeIndexIsExplained() {
        assertThat(renderFails("$interviewer.name.substring(0, 500)")).hasToString("line 1, column 1: "
            + "`$interviewer.name.substring(0, 500)` asks for a position that isn't there in this interview (the text "
            + "or list is shorter); test its length or size first.");
        assertThat(renderFails("Hi $interview.ideas.get(3)").message()).contains("asks for a position");
    }

    // What templates may do

    @Test
    void allowedHelpersWork() throws TemplateException {
        String out = SANDBOX.render(new TemplateSource.Text("t", "$interviewer.name.toUpperCase() "
            + "$interview.topics.size() $interview.topics[0] $interviewer.firstName.length() "
            + "#foreach($s in $interview.skills)$foreach.count:$s#end"), model);
        assertThat(out).isEqualTo("ANA LIMA 1 the onboarding flow 3 1:research");
    }

    @Test
    void fieldsUsedAreReadFromTheTemplate() throws TemplateException {
        assertThat(SANDBOX.fieldsUsed(new TemplateSource.Text("t", "$interviewer.name #if($note.skill)x#end "
            + "$candidate.contact.size() #set($x = 1)$x")))
            .containsExactly("candidate.contact", "interviewer.name", "note.skill");
    }

    @Test
    void templateOverTheSizeLimitIsRefused() {
        String big = "x".repeat(RenderLimits.DEFAULT.maxTemplateChars() + 1);
        assertThat(SANDBOX.check(new TemplateSource.Text("t", big))).singleElement()
            .extracting(TemplateError::message).asString().startsWith("Template is too long");
    }

    // Deep nesting: the parser and renderer recurse once per level; past the documented limits the template is
    // refused before parsing, with the line and column where the limit was passed.

    @Test
    void deeplyNestedBlocksAreRefusedWithTheirPlace() {
        String ifs = "Hi\n" + "#if(true)".repeat(3000) + "x" + "#end".repeat(3000);
        assertThat(SANDBOX.check(new TemplateSource.Text("t", ifs))).singleElement().hasToString("line 2, column "
            + "901: `#if` is nested more than 100 blocks deep (inside other `#if`, `#foreach`, `#macro` or "
            + "`#define` blocks), which is more than a template may nest; close the blocks above it with `#end`, or "
            + "write the template flatter.");
        TemplateError loops = renderFails("#foreach($i in [1])\n".repeat(150) + "#end".repeat(150));
        assertThat(loops.line()).isEqualTo(101);
        assertThat(loops.column()).isEqualTo(1);
        TemplateError macros = renderFails("#macro(m)x#end" + "#@m()".repeat(3000) + "#end".repeat(3000));
        assertThat(macros.message()).startsWith("`#@m` is nested more than 100 blocks deep");
    }

    @ParameterizedTest
    @ValueSource(strings = {"(", "[", "{"})
    void deeplyNestedBracketsAreRefusedWithTheirPlace(String bracket) {
        String close = bracket.equals("(") ? ")" : bracket.equals("[") ? "]" : "}";
        String deep = "#set($x = " + bracket.repeat(60_000) + "1" + close.repeat(60_000) + ")";
        TemplateError e = renderFails("Hello\n" + deep);
        assertThat(e.line()).isEqualTo(2);
        assertThat(e.column()).isEqualTo(10 + 200);
        assertThat(e.message()).isEqualTo("`" + bracket + "` is nested more than 200 brackets deep, which is more "
            + "than a template may nest; work the value out in steps with `#set`.");
        assertThat(renderFails("$interviewer.name" + "[".repeat(60_000)).message())
            .contains("more than 200 brackets deep");
    }

    @Test
    void nestingUpToTheLimitsRenders() throws TemplateException {
        String inner = "#if(" + "(".repeat(199) + "true" + ")".repeat(199) + ")deep#end";
        String template = "#if(true)\n".repeat(99) + inner + "#end".repeat(99);
        assertThat(SANDBOX.render(new TemplateSource.Text("t", template), model)).isEqualTo("deep");
    }

    @Test
    void bracketsInTheNoteTextAndInQuotesAreNotCounted() throws TemplateException {
        String template = "Notes (" + "(".repeat(300) + " and :( \\#if(\n#set($s = '" + "(".repeat(300) + "')"
            + "#* #if(true) " + "#if(".repeat(300) + " *#${s.length()}";
        assertThat(SANDBOX.render(new TemplateSource.Text("t", template), model))
            .isEqualTo("Notes (" + "(".repeat(300) + " and :( #if(\n300");
    }

    @Test
    void selfExpandingDefineIsExplainedWithItsPlace() {
        TemplateError direct = renderFails("Dear $interviewer.name,\n  #define($a)more $a#end$a");
        assertThat(direct).hasToString("line 2, column 19: `$a` is used inside its own `#define` (directly or "
            + "through another `#define`), so it would never end; take `$a` out of the block it defines.");
        TemplateError mutual = renderFails("#define($a)$b#end#define($b)$a#end$a");
        assertThat(mutual.line()).isEqualTo(1);
        assertThat(mutual.message()).startsWith("`$a` is used inside its own `#define`");
    }

    @Test
    void nestingTheScanDoesNotMeasureFallsBackToAPlainMessage() {
        for (String template : List.of("#set($x = 1" + "+1".repeat(60_000) + ")$x",
            "#if(" + "!".repeat(60_000) + "true)x#end",
            "#set($x = \"" + "#if(true)".repeat(3000) + "x" + "#end".repeat(3000) + "\")$x")) {
            TemplateError e = renderFails(template);
            assertThat(e.line()).isZero();
            assertThat(e.message()).startsWith("The template nests too deeply to be read");
        }
    }
}
