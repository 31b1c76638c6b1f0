// SPDX-License-Identifier: Apache-2.0
package app.afterword.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.afterword.core.store.SeededWorkspace;
import app.afterword.core.store.Workspace;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The defects an independent fault-and-attack run found on the command line, one test each, named after the defect:
 * symlinks, full disks, special files, hostile names and terminal escapes.
 */
class FaultAndAttackTest {

    @TempDir
    Path tmp;
    private Path data;
    private String sampleId;
    private Path mounted;

    @BeforeEach
    void seed() throws Exception {
        data = tmp.resolve("data");
        try (Workspace ws = Workspace.open(data)) {
            sampleId = SeededWorkspace.seed(ws);
        }
    }

    @AfterEach
    void unmount() throws Exception {
        if (mounted != null) {
            command("umount", "-l", mounted.toString());
        }
    }

    private static boolean command(String... cmd) throws Exception {
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        p.getInputStream().readAllBytes();
        return p.waitFor(20, TimeUnit.SECONDS) && p.exitValue() == 0;
    }

    /** A tiny tmpfs, filled up: a really full disk (needs root on Linux, as in CI). */
    private Path fullDisk() throws Exception {
        Path mnt = Files.createDirectories(tmp.resolve("small-disk"));
        boolean ok = "Linux".equals(System.getProperty("os.name"))
            && command("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", mnt.toString());
        assumeTrue(ok, "Skipped: a really full disk needs a small tmpfs, which needs root on Linux.");
        mounted = mnt;
        return mnt;
    }

    private static void fill(Path dir) {
        byte[] block = new byte[1024];
        try (var out = Files.newOutputStream(dir.resolve("filler"))) {
            while (true) {
                out.write(block);
            }
        } catch (java.io.IOException e) {
            assertThat(e.getMessage()).contains("No space left");
        }
    }

    private static CliRun runWithArgsOnly(Map<String, String> env, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Cli cli = new Cli(env, new PrintWriter(out, true), new PrintWriter(err, true),
            new ByteArrayInputStream(new byte[0]));
        int code = cli.run(args);
        return new CliRun(code, out.toString(), err.toString());
    }

    private long filesIn(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals(".lock")).count();
        }
    }

    // 1
    @Test
    void symlinkedDataFolderIsResolvedAndNamed() throws Exception {
        Path link = Files.createSymbolicLink(tmp.resolve("linked"), data);
        CliRun show = CliRun.run(link, "data", "show");
        assertThat(show.exit()).as(show.err()).isEqualTo(Cli.OK);
        assertThat(show.out()).contains("Data folder: " + data.toRealPath()).contains("interviews")
            .doesNotContain("Nothing is stored").contains("reached through " + link);

        Path zip = tmp.resolve("all.zip");
        CliRun export = CliRun.run(link, "data", "export", zip.toString());
        assertThat(export.exit()).as(export.err()).isEqualTo(Cli.OK);
        assertThat(export.out()).contains("Exported 6 files").contains(data.toRealPath().toString());

        CliRun delete = CliRun.run(link, "data", "delete", "--yes");
        assertThat(delete.exit()).as(delete.err()).isEqualTo(Cli.OK);
        assertThat(delete.out()).contains("Deleted 6 files");
        assertThat(filesIn(data)).isZero();
        assertThat(Files.isSymbolicLink(link)).isTrue();
    }

    // 2
    @Test
    void icsNeverReplacesAFileWithoutOverwriteNorDeletesABakItDidNotMake() throws Exception {
        Path ics = tmp.resolve("plan.ics");
        Files.writeString(ics, "my own calendar");
        Files.writeString(tmp.resolve("plan.ics.bak"), "my own backup");
        CliRun refused = CliRun.run(data, "plan", sampleId, "--ics", ics.toString());
        assertThat(refused.exit()).isEqualTo(Cli.PROBLEMS);
        assertThat(refused.err()).contains("already exists").contains("--overwrite");
        assertThat(Files.readString(ics)).isEqualTo("my own calendar");
        assertThat(Files.readString(tmp.resolve("plan.ics.bak"))).isEqualTo("my own backup");

        CliRun replaced = CliRun.run(data, "agenda", "--ics", ics.toString(), "--overwrite");
        assertThat(replaced.exit()).as(replaced.err()).isEqualTo(Cli.OK);
        assertThat(Files.readString(ics)).startsWith("BEGIN:VCALENDAR");
        assertThat(Files.readString(tmp.resolve("plan.ics.bak"))).isEqualTo("my own calendar");
    }

    // 3
    @Test
    void templatesExportOnAFullDiskLeavesTheOldFileAndSaysTheDiskIsFull() throws Exception {
        Path disk = fullDisk();
        Path out = disk.resolve("card.vtl");
        Files.writeString(out, "my old template");
        fill(disk);
        CliRun r = CliRun.run(data, "templates", "export", "thank-you-card", "-o", out.toString(), "--force");
        assertThat(r.exit()).isNotEqualTo(Cli.OK);
        assertThat(r.err()).contains("the disk is full").doesNotContain("IOException");
        assertThat(Files.readString(out)).isEqualTo("my old template");
    }

    private Path sampleFile(String name, String json) throws Exception {
        return Files.writeString(tmp.resolve(name), json);
    }

    private static final String SAMPLE_FIELDS = "\"company\": \"Acme\", \"role\": \"Designer\", "
        + "\"start\": \"2026-11-20T10:00:00-06:00\", \"interviewers\": [{\"name\": \"Ana Souza\"}]";

    // 4
    @Test
    void whatIsAcceptedAlwaysLoadsAgainWithOneLimitOnTheSavedForm() throws Exception {
        // Compact on the way in, indented when saved: 15 MB of small objects take about 37 MB on disk.
        String item = "{\"a\":0,\"b\":0,\"c\":0,\"d\":0}";
        StringBuilder big = new StringBuilder(16_000_000).append("{").append(SAMPLE_FIELDS).append(", \"x\": [")
            .append(item);
        for (int i = 1; i < 600_000; i++) {
            big.append(',').append(item);
        }
        big.append("]}");
        Path file = sampleFile("big.json", big.toString());
        big = null;
        assertThat(Files.size(file)).isLessThan(app.afterword.core.store.Json.MAX_DOCUMENT_BYTES);
        CliRun add = CliRun.run(data, "interview", "add", file.toString());
        assertThat(add.exit()).as(add.out() + add.err()).isEqualTo(Cli.PROBLEMS);
        assertThat(add.err()).contains("Afterword reads files of at most 32.0 MB").contains("Nothing was saved");
        CliRun list = CliRun.run(data, "interview", "list");
        assertThat(list.out()).doesNotContain("Repaired").doesNotContain("quarantine").contains(sampleId)
            .doesNotContain("acme");
    }

    // 5
    @Test
    void aRestoreFromBackupIsReportedWithWhatMayBeLost() throws Exception {
        assertThat(CliRun.run(data, "mark", sampleId, "drafted").exit()).isEqualTo(Cli.OK);
        assertThat(CliRun.run(data, "mark", sampleId, "sent").exit()).isEqualTo(Cli.OK);
        Path progress = data.resolve("progress").resolve(sampleId + ".json");
        assertThat(progress.resolveSibling(sampleId + ".json.bak")).exists();
        byte[] whole = Files.readAllBytes(progress);
        Files.write(progress, java.util.Arrays.copyOf(whole, whole.length / 2));
        CliRun list = CliRun.run(data, "interview", "list");
        assertThat(list.exit()).isEqualTo(Cli.OK);
        assertThat(list.out()).contains("Repaired at start:").contains("progress/" + sampleId + ".json was damaged")
            .contains("restored the previous version from its backup (saved ")
            .contains("Changes saved after that version are lost");
    }

    // 6
    @Test
    void emptyDataDirOptionIsAnError() throws Exception {
        long before = filesIn(data);
        CliRun r = runWithArgsOnly(Map.of("AFTERWORD_DATA_DIR", data.toString()), "--data-dir", "", "data", "delete",
            "--yes");
        assertThat(r.exit()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("--data-dir was given an empty folder name");
        assertThat(filesIn(data)).isEqualTo(before);
        assertThat(runWithArgsOnly(Map.of(), "--data-dir", "  ", "data", "show").exit()).isEqualTo(Cli.USAGE);
    }

    // 6, through the environment: an unset variable in `AFTERWORD_DATA_DIR="$DIR"` is the same mistake
    @Test
    void emptyDataDirEnvironmentVariableIsAnError() throws Exception {
        long before = filesIn(data);
        for (String value : new String[] {"", "  "}) {
            CliRun r = runWithArgsOnly(Map.of("AFTERWORD_DATA_DIR", value, "HOME", tmp.toString(),
                "XDG_DATA_HOME", data.toString()), "data", "delete", "--yes");
            assertThat(r.exit()).isEqualTo(Cli.USAGE);
            assertThat(r.err()).contains("AFTERWORD_DATA_DIR is set but empty").doesNotContain("went wrong");
            assertThat(runWithArgsOnly(Map.of("AFTERWORD_DATA_DIR", value), "data", "show").exit())
                .isEqualTo(Cli.USAGE);
        }
        assertThat(filesIn(data)).isEqualTo(before);
        CliRun named = runWithArgsOnly(Map.of("AFTERWORD_DATA_DIR", ""), "--data-dir", data.toString(), "data",
            "show");
        assertThat(named.exit()).as(named.err()).isEqualTo(Cli.OK);
    }

    private static String mode(Path p) throws Exception {
        return java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(p,
            java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }

    // 7
    @Test
    void linksInsideTheDataFolderAreReportedAndLeftAlone() throws Exception {
        Path outsideFile = Files.writeString(tmp.resolve("outside.txt"), "not Afterword's");
        Files.setPosixFilePermissions(outsideFile,
            java.nio.file.attribute.PosixFilePermissions.fromString("rw-r--r--"));
        Files.delete(data.resolve(".lock"));
        Files.createSymbolicLink(data.resolve(".lock"), outsideFile);
        CliRun lock = CliRun.run(data, "interview", "list");
        assertThat(lock.exit()).isEqualTo(Cli.USAGE);
        assertThat(lock.err()).contains(".lock").contains("link").doesNotContain("Exception");
        assertThat(mode(outsideFile)).isEqualTo("rw-r--r--");
        Files.delete(data.resolve(".lock"));

        Path outsideDir = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.setPosixFilePermissions(outsideDir, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.move(data.resolve("progress"), outsideDir.resolve("progress"));
        Files.createSymbolicLink(data.resolve("progress"), outsideDir.resolve("progress"));
        Files.setPosixFilePermissions(outsideDir.resolve("progress"),
            java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        long before = filesIn(outsideDir);
        CliRun progress = CliRun.run(data, "mark", sampleId, "sent");
        assertThat(progress.exit()).isEqualTo(Cli.USAGE);
        assertThat(progress.err()).contains("progress in the data folder").contains("is a link");
        assertThat(filesIn(outsideDir)).isEqualTo(before);
        assertThat(mode(outsideDir.resolve("progress"))).isEqualTo("rwxr-xr-x");
        Files.delete(data.resolve("progress"));
        Files.move(outsideDir.resolve("progress"), data.resolve("progress"));

        Files.createSymbolicLink(data.resolve("notes").resolve("x.json"), Path.of("..", "..", "outside.txt"));
        Files.createSymbolicLink(data.resolve("interviews").resolve("y.json"), outsideFile);
        Path zip = tmp.resolve("all.zip");
        CliRun export = CliRun.run(data, "data", "export", zip.toString());
        assertThat(export.exit()).as(export.err()).isEqualTo(Cli.OK);
        assertThat(export.err()).contains("Left out 2 links").contains("notes/x.json");
        try (var z = new java.util.zip.ZipFile(zip.toFile())) {
            assertThat(z.getEntry("notes/x.json")).isNull();
            assertThat(z.getEntry("interviews/y.json")).isNull();
        }
        CliRun list = CliRun.run(data, "interview", "list");
        assertThat(list.out()).contains("Left interviews/y.json alone");
        assertThat(Files.isSymbolicLink(data.resolve("interviews").resolve("y.json"))).isTrue();
        assertThat(Files.readString(outsideFile)).isEqualTo("not Afterword's");
    }

    // 8
    @Test
    void dataExportThroughAnAliasOfTheDataFolderIsRefused() throws Exception {
        Path alias = Files.createSymbolicLink(tmp.resolve("alias"), data.resolve("notes"));
        CliRun r = CliRun.run(data, "data", "export", alias.resolve("x.zip").toString());
        assertThat(r.exit()).isEqualTo(Cli.PROBLEMS);
        assertThat(r.err()).contains("outside the data folder");
        assertThat(data.resolve("notes").resolve("x.zip")).doesNotExist();
    }

    // 9
    @Test
    void coachHandoutCreatesMissingFoldersOnlyWithParents() throws Exception {
        Path missing = tmp.resolve("no-such-folder").resolve("deeper");
        CliRun r = CliRun.run(data, "coach", "handout", "panel-of-three", missing.resolve("h.pdf").toString());
        assertThat(r.exit()).isEqualTo(Cli.USAGE);
        assertThat(r.err()).contains("does not exist").contains("--parents");
        assertThat(tmp.resolve("no-such-folder")).doesNotExist();
        CliRun asked = CliRun.run(data, "coach", "handout", "panel-of-three", missing.resolve("h.pdf").toString(),
            "--parents");
        assertThat(asked.exit()).as(asked.err()).isEqualTo(Cli.OK);
        assertThat(missing.resolve("h.pdf")).isRegularFile();
    }

    // 14
    @Test
    void quarantineIsCreatedOwnerOnly() throws Exception {
        Files.writeString(data.resolve("interviews").resolve("broken.json"), "{ torn");
        assertThat(CliRun.run(data, "interview", "list").exit()).isEqualTo(Cli.OK);
        assertThat(mode(data.resolve("quarantine"))).isEqualTo("rwx------");
    }

    private Path interviewFile(String name, String company, String role, String person, String email)
        throws Exception {
        var o = new com.fasterxml.jackson.databind.ObjectMapper().createObjectNode();
        o.put("company", company).put("role", role).put("start", "2026-11-20T10:00:00-06:00");
        o.putArray("interviewers").addObject().put("name", person).put("email", email);
        o.putObject("candidate").put("name", "Sam Lee").put("email", "sam@example.com");
        return Files.write(tmp.resolve(name), new com.fasterxml.jackson.databind.ObjectMapper()
            .writeValueAsBytes(o));
    }

    private static String encodedWord(String text) {
        return "=?UTF-8?B?" + java.util.Base64.getEncoder().encodeToString(text.getBytes(
            java.nio.charset.StandardCharsets.UTF_8)) + "?=";
    }

    private static String emlFiles(Path dir) throws Exception {
        StringBuilder sb = new StringBuilder();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.filter(f -> f.toString().endsWith(".eml")).toList()) {
                sb.append(Files.readString(p));
            }
        }
        return sb.toString();
    }

    // 10
    @Test
    void encodedWordsInNamesAreCheckedAfterDecodingAndWrittenEncoded() throws Exception {
        Path out = Files.createDirectories(tmp.resolve("out"));
        Path hostile = interviewFile("hostile.json", "Acme", "Designer",
            encodedWord("Dan\r\nBcc: evil@attacker.example"), "dan@example.com");
        CliRun r = CliRun.run(data, "export", hostile.toString(), "--as", "eml", "--out", out.toString());
        assertThat(r.exit()).isNotEqualTo(Cli.OK);
        assertThat(r.err()).contains("line break").doesNotContain("Exception");
        assertThat(emlFiles(out)).doesNotContain("Bcc").doesNotContain("attacker");

        String literal = encodedWord("Dan Smith");
        Path odd = interviewFile("odd.json", "Acme", "Designer", literal, "dan@example.com");
        CliRun ok = CliRun.run(data, "export", odd.toString(), "--as", "eml", "--out", out.toString());
        assertThat(ok.exit()).as(ok.err()).isEqualTo(Cli.OK);
        jakarta.mail.internet.MimeMessage m;
        try (Stream<Path> s = Files.list(out)) {
            Path eml = s.filter(f -> f.toString().endsWith(".eml")).findFirst().orElseThrow();
            try (var in = Files.newInputStream(eml)) {
                m = new jakarta.mail.internet.MimeMessage(jakarta.mail.Session.getInstance(new java.util.Properties()),
                    in);
            }
        }
        jakarta.mail.internet.InternetAddress to = (jakarta.mail.internet.InternetAddress) m.getRecipients(
            jakarta.mail.Message.RecipientType.TO)[0];
        assertThat(to.getPersonal()).isEqualTo(literal);
        assertThat(m.getHeader("To", null)).doesNotContain(literal);
    }

    // 11
    @Test
    void aGroupInAnEmailFieldIsRefused() throws Exception {
        Path group = interviewFile("group.json", "Acme", "Designer", "Dan", "undisclosed:evil@attacker.example;");
        CliRun r = CliRun.run(data, "interview", "validate", group.toString());
        assertThat(r.exit()).isEqualTo(Cli.PROBLEMS);
        assertThat(r.out()).contains("interviewers[0].email").contains("is not one e-mail address");
        Path out = Files.createDirectories(tmp.resolve("out"));
        assertThat(CliRun.run(data, "export", group.toString(), "--as", "eml", "--out", out.toString()).exit())
            .isNotEqualTo(Cli.OK);
        assertThat(emlFiles(out)).doesNotContain("attacker");
    }

    // 12
    @Test
    void terminalEscapesAreShownEscapedAndRefusedInFields() throws Exception {
        String company = "Acme\u001b[2J\u001b]0;pwned\u0007";
        Path file = interviewFile("escape.json", company, "Designer", "Dan", "dan@example.com");
        CliRun validate = CliRun.run(data, "interview", "validate", file.toString());
        assertThat(validate.exit()).isEqualTo(Cli.PROBLEMS);
        assertThat(validate.out()).contains("company has an invisible control character (U+001B)")
            .doesNotContain("\u001b").doesNotContain("\u0007");
        CliRun add = CliRun.run(data, "interview", "add", file.toString());
        assertThat(add.exit()).isEqualTo(Cli.PROBLEMS);
        assertThat(add.out() + add.err()).doesNotContain("\u001b");

        // A record stored before the check existed still loads, and is shown escaped.
        Path stored = data.resolve("interviews").resolve(sampleId + ".json");
        var node = (com.fasterxml.jackson.databind.node.ObjectNode) new com.fasterxml.jackson.databind.ObjectMapper()
            .readTree(stored.toFile());
        node.put("company", company);
        Files.write(stored, new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsBytes(node));
        for (String[] args : new String[][] {{"interview", "list"}, {"interview", "show", sampleId}}) {
            CliRun r = CliRun.run(data, args);
            assertThat(r.exit()).as(r.err()).isEqualTo(Cli.OK);
            assertThat(r.out()).contains("Acme\\x1b[2J").doesNotContain("\u001b").doesNotContain("\u0007");
        }
    }

    // 13
    @Test
    void aLineBreakInTheRoleIsRefused() throws Exception {
        Path file = interviewFile("role.json", "Acme", "Designer\r\nBcc: x@example.com", "Dan", "dan@example.com");
        CliRun r = CliRun.run(data, "interview", "validate", file.toString());
        assertThat(r.exit()).isEqualTo(Cli.PROBLEMS);
        assertThat(r.out()).contains("role has a line break");
        Path out = Files.createDirectories(tmp.resolve("out"));
        assertThat(CliRun.run(data, "export", file.toString(), "--as", "txt", "--out", out.toString()).exit())
            .isNotEqualTo(Cli.OK);
    }

    private Path fifo() throws Exception {
        Path pipe = tmp.resolve("pipe");
        boolean made = !System.getProperty("os.name", "").startsWith("Windows")
            && command("mkfifo", pipe.toString());
        assumeTrue(made, "Skipped: making a named pipe needs mkfifo (Linux or macOS).");
        return pipe;
    }

    // 15
    @Test
    void specialFilesAreRefusedWithASentenceAndReadsAreBounded() throws Exception {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero), "Skipped: this system has no /dev/zero.");
        Path pipe = fifo();
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(java.time.Duration.ofSeconds(30), () -> {
            for (String[] args : new String[][] {
                {"interview", "validate", zero.toString()},
                {"interview", "add", pipe.toString()},
                {"templates", "import", zero.toString()},
                {"check", pipe.toString()},
            }) {
                CliRun r = CliRun.run(data, args);
                assertThat(r.exit()).as(String.join(" ", args)).isEqualTo(Cli.USAGE);
                assertThat(r.err()).contains("is not a regular file").doesNotContain("Exception")
                    .doesNotContain("went wrong");
            }
            CliRun ics = CliRun.run(data, "agenda", "--ics", pipe.toString(), "--overwrite");
            assertThat(ics.exit()).isEqualTo(Cli.USAGE);
            assertThat(ics.err()).contains("is not a regular file");
        });
    }

    // 16
    @Test
    void datesAtJavaTimeLimitsAreBoundedAndOneBadRecordNeverBreaksTheAgenda() throws Exception {
        Path far = interviewFile("far.json", "Faraway", "Designer", "Dan", "dan@example.com");
        Files.writeString(far, Files.readString(far).replace("2026-11-20T10:00:00-06:00",
            "+999999999-11-20T10:00:00-06:00"));
        CliRun validate = CliRun.run(data, "interview", "validate", far.toString());
        assertThat(validate.exit()).isEqualTo(Cli.PROBLEMS);
        assertThat(validate.out()).contains("start: the year 999999999 is outside 1900 to 2200");

        // A record saved before dates were bounded: the agenda of the others still works (the seeded sample is
        // never in a calendar file, so one interview of one's own is added).
        assertThat(CliRun.run(data, "interview", "add", interviewFile("mine.json", "Acme", "Designer", "Ana",
            "ana@example.com").toString()).exit()).isEqualTo(Cli.OK);
        Files.copy(far, data.resolve("interviews").resolve("faraway.json"));
        Path ics = tmp.resolve("all.ics");
        CliRun agenda = CliRun.run(data, "agenda", "--ics", ics.toString());
        assertThat(agenda.exit()).as(agenda.err()).isEqualTo(Cli.OK);
        assertThat(agenda.err()).contains("left out faraway").doesNotContain("went wrong");
        assertThat(Files.readString(ics)).contains("BEGIN:VEVENT");
        CliRun plan = CliRun.run(data, "plan", "faraway");
        assertThat(plan.exit()).isEqualTo(Cli.PROBLEMS);
        assertThat(plan.err()).contains("can't be planned").doesNotContain("went wrong");
    }

    // 17
    @Test
    void deeplyNestedTemplatesAndSelfExpandingDefinesGiveALineAndColumn() throws Exception {
        String head = "## kind: thank-you\n## medium: email\nSubject: Thank you\n\n";
        String[][] cases = {
            {"ifs.vtl", head + "#if(true)\n".repeat(3000) + "x" + "#end\n".repeat(3000),
                "line 105, column 1: `#if` is nested more than 100 blocks deep"},
            {"parens.vtl", head + "#if(" + ("(".repeat(1000) + "\n").repeat(60) + "true" + (")".repeat(1000)
                + "\n").repeat(60) + ")x#end\n", "line 5, column 204: `(` is nested more than 200 brackets deep"},
            {"define.vtl", head + "Dear $interviewer.name,\n#define($a)more $a#end$a\n",
                "line 6, column 17: `$a` is used inside its own `#define`"},
        };
        for (String[] c : cases) {
            Path file = Files.writeString(tmp.resolve(c[0]), c[1]);
            CliRun check = CliRun.run(data, "templates", "check", file.toString());
            assertThat(check.exit()).as(c[0] + check.err()).isEqualTo(Cli.PROBLEMS);
            assertThat(check.out()).as(c[0]).contains(c[0] + ": " + c[2]);
            assertThat(check.out() + check.err()).doesNotContain("went wrong").doesNotContain("Exception")
                .doesNotContain("couldn't be rendered");
            CliRun add = CliRun.run(data, "templates", "import", file.toString());
            assertThat(add.exit()).as(c[0] + add.err()).isEqualTo(Cli.PROBLEMS);
            assertThat(add.err()).as(c[0]).contains(c[2]).doesNotContain("went wrong");
        }

        // A template file edited by hand in the data folder: listed and exported, and drafting says why it can't.
        Path good = Files.writeString(tmp.resolve("good.vtl"), "## title: Deep\n" + head
            + "Dear $interviewer.name,\n");
        CliRun imported = CliRun.run(data, "templates", "import", good.toString());
        assertThat(imported.out()).as(imported.err()).startsWith("Imported user-deep:");
        Path stored = data.resolve("templates").resolve("user-deep.vtl");
        Files.writeString(stored, Files.readString(stored) + cases[0][1].substring(head.length()));
        CliRun list = CliRun.run(data, "templates", "list");
        assertThat(list.exit()).as(list.err()).isEqualTo(Cli.OK);
        Path out = tmp.resolve("exported.vtl");
        CliRun export = CliRun.run(data, "templates", "export", "user-deep", "-o", out.toString());
        assertThat(export.exit()).as(export.err()).isEqualTo(Cli.OK);
        assertThat(Files.readString(out)).isEqualTo(Files.readString(stored));
        CliRun draft = CliRun.run(data, "draft", sampleId, "--template", "user-deep");
        assertThat(draft.exit()).as(draft.err()).isEqualTo(Cli.PROBLEMS);
        assertThat(draft.out() + draft.err()).contains("is nested more than 100 blocks deep")
            .doesNotContain("went wrong");
    }

    // 18
    @Test
    void jsonParserInternalsNeverReachTheUser() throws Exception {
        String valid = "{" + SAMPLE_FIELDS + "}";
        byte[] utf8 = valid.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] bom = new byte[utf8.length + 3];
        bom[0] = (byte) 0xEF;
        bom[1] = (byte) 0xBB;
        bom[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, bom, 3, utf8.length);
        byte[] badUtf8 = valid.replace("Acme", "Ac\u00e9me").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Object[][] cases = {
            {bom, "byte-order mark"},
            {badUtf8, "save the file as UTF-8"},
            {valid.replace("\"Designer\"", "NaN").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                "not a JSON number"},
            {(valid + valid).getBytes(java.nio.charset.StandardCharsets.UTF_8), "more after the end of the JSON"},
            {valid.replace("\"role\"", "\"company\": \"Other\", \"role\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), "\"company\" appears twice"},
        };
        for (Object[] c : cases) {
            Path f = Files.write(tmp.resolve("case.json"), (byte[]) c[0]);
            CliRun r = CliRun.run(data, "interview", "validate", f.toString());
            assertThat(r.exit()).isEqualTo(Cli.USAGE);
            assertThat(r.err()).contains((String) c[1]).doesNotContain("com.fasterxml").doesNotContain("code 65279")
                .doesNotContain("JsonReadFeature").doesNotContain("0xfeff");
        }

        // A repair notice says which file and why, never what it held.
        Files.writeString(data.resolve("interviews").resolve("torn.json"), "{\"company\": secret-salary-90000");
        CliRun list = CliRun.run(data, "interview", "list");
        assertThat(list.out()).contains("interviews/torn.json was damaged").doesNotContain("secret");
    }

    // 19
    @Test
    void messagesNameTheCauseAndTheFlag() throws Exception {
        Path notAFolder = Files.writeString(tmp.resolve("afile"), "x");
        CliRun file = CliRun.run(notAFolder, "interview", "list");
        assertThat(file.exit()).isEqualTo(Cli.USAGE);
        assertThat(file.err()).contains("is a file, not a folder").doesNotContain("Exception");

        Path zip = Files.writeString(tmp.resolve("old.zip"), "old");
        CliRun exists = CliRun.run(data, "data", "export", zip.toString());
        assertThat(exists.err()).contains("--overwrite");

        Path stored = data.resolve("interviews").resolve(sampleId + ".json");
        Files.writeString(stored,
            Files.readString(stored).replaceFirst("\"schemaVersion\" : 1", "\"schemaVersion\" : 2"));
        CliRun mark = CliRun.run(data, "mark", sampleId, "sent");
        assertThat(mark.exit()).isEqualTo(Cli.PROBLEMS);
        assertThat(mark.err()).contains("newer version of Afterword").doesNotContain("to the workspace first");

        Path disk = fullDisk();
        Path full = disk.resolve("data");
        try (Workspace ws = Workspace.open(full)) {
            SeededWorkspace.seed(ws);
        }
        fill(disk);
        CliRun add = CliRun.run(full, "interview", "add", interviewFile("new.json", "Acme", "Designer", "Dan",
            "dan@example.com").toString());
        assertThat(add.exit()).isNotEqualTo(Cli.OK);
        assertThat(add.err()).contains("the disk is full").contains("Nothing was saved")
            .doesNotContain("kept in memory");
    }
}
