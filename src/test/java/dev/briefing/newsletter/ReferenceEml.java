package dev.briefing.newsletter;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.io.UnsupportedEncodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Properties;

/**
 * The .eml files as jakarta mail writes them, the reference {@link EmlWriter}'s output must equal byte for byte. Writes an email as an {@code .eml} file (multipart/alternative: plain text, then HTML; UTF-8,
 * quoted-printable) that mail clients open as a preview. Byte-identical for the same input: the
 * date is given, and the boundary and Message-ID are derived from the content.
 */
final class ReferenceEml {
    /** RFC 2606 reserves {@code .invalid}: the preview's sender is clearly not a real mailbox. */
    static final String FROM_ADDRESS = "newsletter@briefing.invalid";

    private static final DateTimeFormatter MAIL_DATE =
            DateTimeFormatter.ofPattern("EEE, d MMM yyyy HH:mm:ss Z", Locale.ENGLISH);
    /** One mail session for every email: making one looks up providers on the class path each time. */
    private static final Session SESSION = Session.getInstance(new Properties());

    private ReferenceEml() {}

    /** One email's parts; {@code messageDomain} is the host of the site's base URL. */
    

    static byte[] write(EmlWriter.Email email) {
        try {
            String digest = digest(email);
            MimeMessage message = new FixedIdMessage(SESSION,
                    "<" + digest.substring(0, 32) + "@" + email.messageDomain() + ">");
            message.setFrom(new InternetAddress(FROM_ADDRESS, email.fromName(), "UTF-8"));
            message.setSubject(email.subject(), "UTF-8");
            // Formatted here, in UTC: the library would use the machine's time zone.
            message.setHeader("Date", MAIL_DATE.format(email.date().atOffset(ZoneOffset.UTC)));

            MimeMultipart alternative = new FixedBoundaryMultipart("=_briefing_" + digest.substring(32, 56));
            alternative.addBodyPart(part(email.text(), "plain"));
            alternative.addBodyPart(part(email.html(), "html"));
            message.setContent(alternative);
            message.saveChanges();
            Bytes out = new Bytes(email.html().length() * 2 + email.text().length() * 2 + 2048);
            message.writeTo(out);
            return out.toByteArray();
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException("cannot write the email preview: " + e.getMessage(), e);
        }
    }

    private static MimeBodyPart part(String content, String subtype) throws MessagingException {
        MimeBodyPart part = new MimeBodyPart();
        part.setText(content, "UTF-8", subtype);
        // Fixed, rather than chosen by the library from the content, so every part is 7-bit safe
        // and lines stay under the 998-character limit.
        part.setHeader("Content-Transfer-Encoding", "quoted-printable");
        return part;
    }

    private static String digest(EmlWriter.Email email) throws UnsupportedEncodingException {
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

    /**
     * An output stream into memory without a lock per byte: the quoted-printable encoder writes
     * byte by byte, and {@code ByteArrayOutputStream} synchronizes every one of those calls.
     */
    private static final class Bytes extends java.io.OutputStream {
        private byte[] buffer;
        private int size;

        Bytes(int capacity) {
            buffer = new byte[Math.max(capacity, 256)];
        }

        @Override
        public void write(int b) {
            if (size == buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, buffer.length * 2);
            }
            buffer[size++] = (byte) b;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            if (size + len > buffer.length) {
                buffer = java.util.Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + len));
            }
            System.arraycopy(b, off, buffer, size, len);
            size += len;
        }

        byte[] toByteArray() {
            return java.util.Arrays.copyOf(buffer, size);
        }
    }

    /** A message whose Message-ID is given instead of made from the clock and host name. */
    private static final class FixedIdMessage extends MimeMessage {
        private final String messageId;

        FixedIdMessage(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }

    /** A multipart/alternative whose boundary is given instead of made from the clock. */
    private static final class FixedBoundaryMultipart extends MimeMultipart {
        FixedBoundaryMultipart(String boundary) {
            super("alternative");
            contentType = "multipart/alternative; boundary=\"" + boundary + "\"";
        }
    }
}
