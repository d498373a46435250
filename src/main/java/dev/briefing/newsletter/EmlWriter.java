package dev.briefing.newsletter;

import jakarta.mail.Address;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeUtility;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Writes an email as an {@code .eml} file (multipart/alternative: plain text, then HTML; UTF-8,
 * quoted-printable) that mail clients open as a preview. Byte-identical for the same input: the
 * date is given, and the boundary and Message-ID are derived from the content.
 *
 * <p>The headers are encoded and folded by jakarta mail's utilities; the message itself is laid out
 * here, as jakarta mail's {@code MimeMessage} lays it out (a test checks the two agree byte for
 * byte), without its machinery: a site writes one email per article, and that machinery, which
 * encodes one byte per call through a chain of streams, made the newsletter the slowest output.
 */
final class EmlWriter {
    /** RFC 2606 reserves {@code .invalid}: the preview's sender is clearly not a real mailbox. */
    static final String FROM_ADDRESS = "newsletter@briefing.invalid";
    /** Quoted-printable lines are at most 76 characters, the soft break's {@code =} included. */
    private static final int LINE = 76;

    private static final DateTimeFormatter MAIL_DATE =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH);
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    private EmlWriter() {}

    /** One email's parts; {@code messageDomain} is the host of the site's base URL. */
    record Email(String fromName, String subject, String text, String html, String messageDomain, Instant date) {}

    static byte[] write(Email email) {
        try {
            String digest = digest(email);
            String boundary = "=_briefing_" + digest.substring(32, 56);
            Bytes out = new Bytes(email.html().length() * 2 + email.text().length() * 2 + 2048);
            // Formatted here, in UTC: a mail library would use the machine's time zone.
            header(out, "Date", MAIL_DATE.format(email.date().atOffset(ZoneOffset.UTC)));
            header(out, "From", InternetAddress.toString(
                    new Address[] {new InternetAddress(FROM_ADDRESS, email.fromName(), "UTF-8")}, 6));
            header(out, "Message-ID", "<" + digest.substring(0, 32) + "@" + email.messageDomain() + ">");
            header(out, "Subject", MimeUtility.fold(9, MimeUtility.encodeText(email.subject(), "UTF-8", null)));
            header(out, "MIME-Version", "1.0");
            header(out, "Content-Type", "multipart/alternative; boundary=\"" + boundary + "\"");
            out.ascii("\r\n");
            part(out, boundary, "plain", email.text());
            part(out, boundary, "html", email.html());
            out.ascii("--" + boundary + "--\r\n");
            return out.toByteArray();
        } catch (UnsupportedEncodingException e) {
            throw new IllegalStateException("UTF-8 is part of every Java runtime", e);
        }
    }

    private static void header(Bytes out, String name, String value) {
        out.ascii(name + ": " + value + "\r\n");
    }

    private static void part(Bytes out, String boundary, String subtype, String content) {
        out.ascii("--" + boundary + "\r\n");
        out.ascii("Content-Type: text/" + subtype + "; charset=UTF-8\r\n");
        out.ascii("Content-Transfer-Encoding: quoted-printable\r\n\r\n");
        quotedPrintable(content.getBytes(StandardCharsets.UTF_8), out);
        out.ascii("\r\n");
    }

    /**
     * RFC 2045 quoted-printable: bytes outside printable ASCII and {@code =} as {@code =XX}, a space
     * before a line break (or at the end) encoded, every line break as CRLF, and a soft break
     * ({@code =} CRLF) before a line would pass 76 characters.
     */
    static void quotedPrintable(byte[] bytes, Bytes out) {
        int count = 0;
        boolean space = false;
        boolean cr = false;
        for (byte b : bytes) {
            int c = b & 0xff;
            if (space) {
                count = put(out, ' ', c == '\r' || c == '\n', count);
                space = false;
            }
            if (c == '\r') {
                cr = true;
                out.ascii("\r\n");
                count = 0;
                continue;
            }
            if (c == '\n') {
                if (!cr) {
                    out.ascii("\r\n");
                    count = 0;
                }
            } else if (c == ' ') {
                space = true;
            } else {
                count = put(out, c, c < 32 || c >= 127 || c == '=', count);
            }
            cr = false;
        }
        if (space) {
            put(out, ' ', true, count);
        }
    }

    /** Writes one character, encoded or not, after a soft break if the line is full; returns the line's length. */
    private static int put(Bytes out, int c, boolean encode, int count) {
        int width = encode ? 3 : 1;
        if (count + width > LINE - 1) {
            out.add('=');
            out.add('\r');
            out.add('\n');
            count = 0;
        }
        if (encode) {
            out.add('=');
            out.add(HEX[c >> 4]);
            out.add(HEX[c & 0xf]);
        } else {
            out.add(c);
        }
        return count + width;
    }

    private static String digest(Email email) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (String s : new String[] {email.subject(), email.text(), email.html(), email.date().toString()}) {
                sha.update(s.getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** A growing byte buffer without the lock per write of {@code ByteArrayOutputStream}. */
    static final class Bytes {
        private byte[] buffer;
        private int size;

        Bytes(int capacity) {
            buffer = new byte[Math.max(capacity, 256)];
        }

        void add(int b) {
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, buffer.length * 2);
            }
            buffer[size++] = (byte) b;
        }

        void ascii(String s) {
            for (int i = 0; i < s.length(); i++) {
                add(s.charAt(i));
            }
        }

        byte[] toByteArray() {
            return Arrays.copyOf(buffer, size);
        }
    }
}
