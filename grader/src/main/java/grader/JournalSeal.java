package grader;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Tells the journal lines that the test runner wrote from lines that anything else wrote. Student
 * code runs in the test JVM and can find the journal file, so it could append a line claiming
 * "passed". Each test JVM gets a fresh secret key from the supervisor over its standard input (never
 * on its command line or in its environment, which other processes can read) and seals every line:
 *
 * <pre>
 *   &lt;HMAC-SHA256 of "seq json", hex&gt; &lt;seq&gt; &lt;json&gt;
 * </pre>
 *
 * The supervisor, which made the key, keeps a line only when its seal is right and its sequence
 * number is higher than the last one kept (so a sealed line cannot be copied or replayed either).
 * The key is random, not seeded: it must not be guessable; the grades never depend on it.
 */
final class JournalSeal {
    /** Bytes of key: as long as HMAC-SHA256's output. */
    static final int KEY_BYTES = 32;

    private final Mac mac;
    private long written;

    private JournalSeal(byte[] key) {
        try {
            mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("this JVM has no HmacSHA256, which every Java SE JVM has", e);
        } finally {
            Arrays.fill(key, (byte) 0); // only the Mac keeps it, inside java.base where reflection cannot reach
        }
    }

    /** A new key for one test JVM: the seal that checks its journal, and the key as hex digits to send it. */
    record Issued(JournalSeal seal, byte[] hexKey) {}

    static Issued issue() {
        byte[] key = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(key);
        byte[] hexKey = hex(key);
        return new Issued(new JournalSeal(key), hexKey);
    }

    /** The test JVM's side: the key as the supervisor sent it, 64 hex digits (the array is wiped). */
    static JournalSeal fromHex(byte[] hexDigits) {
        if (hexDigits.length != 2 * KEY_BYTES) {
            throw new IllegalArgumentException("the journal key must be " + 2 * KEY_BYTES
                    + " hex digits on standard input, got " + hexDigits.length
                    + " bytes: start grader.TestRunner through grader.Supervisor");
        }
        byte[] key = new byte[KEY_BYTES];
        for (int i = 0; i < KEY_BYTES; i++) {
            key[i] = (byte) (digit(hexDigits[2 * i]) << 4 | digit(hexDigits[2 * i + 1]));
        }
        Arrays.fill(hexDigits, (byte) 0);
        return new JournalSeal(key);
    }

    private static byte[] hex(byte[] bytes) {
        byte[] out = new byte[2 * bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            out[2 * i] = (byte) Character.forDigit((bytes[i] >> 4) & 0xf, 16);
            out[2 * i + 1] = (byte) Character.forDigit(bytes[i] & 0xf, 16);
        }
        return out;
    }

    /** One journal line, sealed: the next sequence number and the seal in front of the JSON. */
    synchronized String seal(String json) {
        long seq = ++written;
        return mac(seq + " " + json) + " " + seq + " " + json;
    }

    /** What a test JVM's journal holds: the JSON of the lines it sealed, in order, and the other lines. */
    record Opened(List<String> sealed, List<String> foreign) {
        /** What the foreign lines that read as results claimed ("demo.T#a passed"), at most {@value #CLAIMS}. */
        List<String> claims() {
            List<String> out = new ArrayList<>();
            for (String line : foreign) {
                if (out.size() == CLAIMS) break;
                Journal.parse(line.substring(Math.max(0, line.indexOf('{'))))
                        .filter(e -> e instanceof Journal.Result)
                        .map(e -> (Journal.Result) e)
                        .ifPresent(r -> out.add(r.test().key() + " " + r.outcome().status().key()));
            }
            return out;
        }
    }

    static final int CLAIMS = 10;

    /** At most this much of a test JVM's journal is read: more than any honest one holds. */
    static final int MAX_JOURNAL_BYTES = 64 << 20;

    /**
     * Reads and sorts a test JVM's journal. It lies in a folder the tests may write, so a link in its
     * place is not followed (it could point at a file the tests cannot read), and a journal that is
     * not there (a JVM that died at once) holds nothing.
     */
    Opened open(Path journal) throws IOException {
        if (!Files.isRegularFile(journal, LinkOption.NOFOLLOW_LINKS)) {
            boolean there = Files.exists(journal, LinkOption.NOFOLLOW_LINKS);
            return new Opened(List.of(), there ? List.of("(not a file)") : List.of());
        }
        byte[] bytes;
        try (InputStream in = Files.newInputStream(journal, LinkOption.NOFOLLOW_LINKS)) {
            bytes = in.readNBytes(MAX_JOURNAL_BYTES);
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        // A JVM stopped in the middle of a line leaves it unfinished: not a forgery, just not a line.
        int end = text.lastIndexOf('\n') + 1;
        return open(text.substring(0, end).lines().toList());
    }

    /** Sorts the lines of a journal sealed with this key. */
    synchronized Opened open(List<String> lines) {
        List<String> sealed = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        long last = 0;
        for (String line : lines) {
            if (line.isBlank()) continue;
            long seq = sealedSequence(line, last);
            if (seq > 0) {
                sealed.add(line.substring(line.indexOf(' ', line.indexOf(' ') + 1) + 1));
                last = seq;
            } else {
                foreign.add(line);
            }
        }
        return new Opened(sealed, foreign);
    }

    /** The line's sequence number when it is sealed with this key and comes after {@code last}; else 0. */
    private long sealedSequence(String line, long last) {
        int first = line.indexOf(' ');
        int second = first < 0 ? -1 : line.indexOf(' ', first + 1);
        if (second < 0) return 0;
        long seq;
        try {
            seq = Long.parseLong(line.substring(first + 1, second));
        } catch (NumberFormatException e) {
            return 0;
        }
        String expected = mac(line.substring(first + 1));
        boolean same = java.security.MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                line.substring(0, first).getBytes(StandardCharsets.US_ASCII));
        return same && seq > last ? seq : 0;
    }

    private String mac(String text) {
        byte[] digest = mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
        return new String(hex(digest), StandardCharsets.US_ASCII);
    }

    private static int digit(byte b) {
        int d = Character.digit(b, 16);
        if (d < 0) throw new IllegalArgumentException("the journal key is hex digits; it has '" + (char) b + "'");
        return d;
    }
}
