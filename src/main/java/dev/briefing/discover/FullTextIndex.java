package dev.briefing.discover;

import dev.briefing.discover.SearchDocument.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The full-text index: every term, in sorted order, with the documents it is in and how well each
 * matches it (its BM25 score, computed here so the browser only adds numbers). Terms are cut into
 * shards of about {@code shardChars} characters of index each, so a search loads only the shards
 * holding the terms typed.
 *
 * <p>BM25 with field weights: a word in a title counts {@value SearchDocuments#TITLE} times, with
 * the usual saturation ({@value #K1}) and length normalisation ({@value #B}) against the average
 * length of documents of the same kind (a person's entry is not compared with an article).
 *
 * <p>A term's postings are one string of varints in a URL-safe base-64 alphabet (5 bits a
 * character, the sixth saying "more follows"): for each document in ascending order, the gap from
 * the previous one, then its score in tenths.
 */
final class FullTextIndex {
    static final double K1 = 1.2;
    static final double B = 0.75;
    /** Scores are stored in tenths: enough to rank by, and mostly two characters. */
    static final int SCALE = 10;
    static final String DIGITS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

    /** Sorted terms and their postings; {@code terms.get(0)} is the first term of the shard. */
    record Shard(List<String> terms, List<String> postings) {}

    private record DocTerms(String[] terms, float[] weights, int length) {}

    private static final class Postings {
        int[] docs = new int[2];
        float[] weights = new float[2];
        int size;

        void add(int doc, float weight) {
            if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
                weights = Arrays.copyOf(weights, size * 2);
            }
            docs[size] = doc;
            weights[size++] = weight;
        }
    }

    private FullTextIndex() {}

    static List<Shard> build(List<SearchDocument> docs, int shardChars) {
        java.util.concurrent.ConcurrentMap<String, String> vocabulary = new java.util.concurrent.ConcurrentHashMap<>();
        List<DocTerms> analysed = docs.parallelStream().map(d -> analyse(d, vocabulary)).toList();
        Map<String, Postings> byTerm = new HashMap<>();
        for (int id = 0; id < analysed.size(); id++) {
            DocTerms d = analysed.get(id);
            for (int i = 0; i < d.terms().length; i++) {
                byTerm.computeIfAbsent(d.terms()[i], t -> new Postings()).add(id, d.weights()[i]);
            }
        }
        double[] norms = norms(docs, analysed);
        String[] terms = byTerm.keySet().toArray(String[]::new);
        Arrays.parallelSort(terms);
        String[] encoded = IntStream.range(0, terms.length).parallel()
                .mapToObj(i -> encode(byTerm.get(terms[i]), norms))
                .toArray(String[]::new);

        List<Shard> shards = new ArrayList<>();
        List<String> shardTerms = new ArrayList<>();
        List<String> shardPostings = new ArrayList<>();
        int size = 0;
        for (int i = 0; i < terms.length; i++) {
            int entry = terms[i].length() + encoded[i].length() + 6; // quotes and commas
            if (size > 0 && size + entry > shardChars) {
                shards.add(new Shard(List.copyOf(shardTerms), List.copyOf(shardPostings)));
                shardTerms.clear();
                shardPostings.clear();
                size = 0;
            }
            shardTerms.add(terms[i]);
            shardPostings.add(encoded[i]);
            size += entry;
        }
        if (!shardTerms.isEmpty()) {
            shards.add(new Shard(List.copyOf(shardTerms), List.copyOf(shardPostings)));
        }
        return List.copyOf(shards);
    }

    private static DocTerms analyse(SearchDocument doc, java.util.concurrent.ConcurrentMap<String, String> vocabulary) {
        TermCounts counts = new TermCounts();
        int length = 0;
        for (Field f : doc.fields()) {
            counts.weight(f.weight());
            length += SearchText.terms(f.text(), counts);
        }
        return new DocTerms(counts.terms(vocabulary), counts.weights(), length);
    }

    /** Each document's BM25 length normalisation, against the average length of its kind. */
    private static double[] norms(List<SearchDocument> docs, List<DocTerms> analysed) {
        int kinds = SearchDocument.Kind.values().length;
        double[] total = new double[kinds];
        int[] count = new int[kinds];
        for (int i = 0; i < docs.size(); i++) {
            int k = docs.get(i).kind().ordinal();
            total[k] += analysed.get(i).length();
            count[k]++;
        }
        double[] average = new double[kinds];
        for (int k = 0; k < kinds; k++) {
            average[k] = count[k] == 0 ? 1 : Math.max(1, total[k] / count[k]);
        }
        double[] norms = new double[docs.size()];
        for (int i = 0; i < norms.length; i++) {
            norms[i] = K1 * (1 - B + B * analysed.get(i).length() / average[docs.get(i).kind().ordinal()]);
        }
        return norms;
    }

    private static String encode(Postings p, double[] norms) {
        double idf = Math.log(1 + (norms.length - p.size + 0.5) / (p.size + 0.5));
        StringBuilder out = new StringBuilder(p.size * 3);
        int previous = 0;
        for (int i = 0; i < p.size; i++) {
            int doc = p.docs[i];
            double tf = p.weights[i];
            long score = Math.max(1, Math.round(SCALE * idf * tf * (K1 + 1) / (tf + norms[doc])));
            varint(doc - previous, out);
            varint(score, out);
            previous = doc;
        }
        return out.toString();
    }

    static void varint(long value, StringBuilder out) {
        long v = value;
        while (v >= 32) {
            out.append(DIGITS.charAt((int) (32 | (v & 31))));
            v >>>= 5;
        }
        out.append(DIGITS.charAt((int) v));
    }
}
