package dev.briefing.cite;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A citation style as the cache knows it: its name and a digest of everything its entries depend
 * on (the style, the locale, and this version of the formatting), so a changed style never
 * reuses entries formatted by the old one.
 */
record CitationStyleId(String name, byte[] digest) {
    /** Bump when the way entries are made changes, so caches of an older Briefing are not reused. */
    private static final String FORMAT_VERSION = "1";

    static CitationStyleId of(String name, String styleXml, String localeXml) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update((FORMAT_VERSION + "\u0000" + name + "\u0000").getBytes(StandardCharsets.UTF_8));
            md.update(styleXml.getBytes(StandardCharsets.UTF_8));
            md.update(localeXml.getBytes(StandardCharsets.UTF_8));
            md.update(de.undercouch.citeproc.CSL.class.getPackage().toString().getBytes(StandardCharsets.UTF_8));
            return new CitationStyleId(name, md.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    String fileName() {
        return "citations-" + name + "-" + HexFormat.of().formatHex(digest, 0, 6) + ".bin";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CitationStyleId other && name.equals(other.name)
                && java.util.Arrays.equals(digest, other.digest);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + java.util.Arrays.hashCode(digest);
    }

    @Override
    public String toString() {
        return fileName();
    }
}
