package grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Only the lines a test JVM sealed with its key are kept: forged, altered, copied or replayed ones are not. */
class JournalSealTest {
    private static final String PASSED = result("a", "passed");
    private static final String FAILED = result("b", "failed");

    private static String result(String method, String status) {
        Outcome outcome = new Outcome(Status.fromKey(status), null, null, null, null, List.of());
        return Journal.line(new Journal.Result(new Journal.Test("demo.T", method, method + "()"), outcome, null));
    }

    @Test
    void theRunnersLinesAreKeptAndNothingElse() {
        JournalSeal.Issued issued = JournalSeal.issue();
        JournalSeal runner = JournalSeal.fromHex(issued.hexKey().clone());
        String first = runner.seal(PASSED);
        String second = runner.seal(FAILED);
        String[] parts = second.split(" ", 3);
        List<String> lines = new ArrayList<>(List.of(first, second,
                PASSED.replace("\"a\"", "\"b\""),                                     // plain JSON
                parts[0] + " " + parts[1] + " " + PASSED.replace("\"a\"", "\"b\""),  // a seal taken from another line
                parts[0] + " 99 " + parts[2],                                        // another sequence number
                second,                                                              // a copy
                "garbage"));
        JournalSeal.Opened opened = issued.seal().open(lines);
        assertThat(opened.sealed()).containsExactly(PASSED, FAILED);
        assertThat(opened.foreign()).hasSize(5);
        assertThat(opened.claims())
                .containsExactly("demo.T#b passed", "demo.T#b passed", "demo.T#b failed", "demo.T#b failed");
    }

    @Test
    void anotherJvmsKeyDoesNotOpenIt() {
        JournalSeal.Issued one = JournalSeal.issue();
        JournalSeal.Issued other = JournalSeal.issue();
        String line = JournalSeal.fromHex(other.hexKey()).seal(PASSED);
        assertThat(one.seal().open(List.of(line)).sealed()).isEmpty();
    }

    @Test
    void aLinkIsNotFollowedAndAnUnfinishedLastLineIsNoForgery(@TempDir Path dir) throws Exception {
        JournalSeal.Issued issued = JournalSeal.issue();
        JournalSeal runner = JournalSeal.fromHex(issued.hexKey());
        Path journal = dir.resolve("runner-journal.jsonl");
        String cutShort = runner.seal(FAILED).substring(0, 30);
        Files.writeString(journal, runner.seal(PASSED) + "\n" + cutShort, StandardCharsets.UTF_8);
        JournalSeal.Opened opened = issued.seal().open(journal);
        assertThat(opened.sealed()).containsExactly(PASSED);
        assertThat(opened.foreign()).isEmpty();

        Path secret = Files.writeString(dir.resolve("secret.txt"), runner.seal(FAILED) + "\n");
        Path link = dir.resolve("link.jsonl");
        Files.createSymbolicLink(link, secret);
        assertThat(issued.seal().open(link).sealed()).isEmpty();
        assertThat(issued.seal().open(link).foreign()).containsExactly("(not a file)");
        assertThat(issued.seal().open(dir.resolve("missing.jsonl")).sealed()).isEmpty();
    }

    @Test
    void aKeyThatIsNotHexIsRefusedWithWhatToDo() {
        assertThatThrownBy(() -> JournalSeal.fromHex(new byte[3])).hasMessageContaining("64 hex digits")
                .hasMessageContaining("grader.Supervisor");
        assertThatThrownBy(() -> JournalSeal.fromHex("z".repeat(64).getBytes(StandardCharsets.US_ASCII)))
                .hasMessageContaining("'z'");
    }
}
