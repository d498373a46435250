package dev.briefing.discover;

import java.util.Arrays;

/**
 * One document's terms with their weighted counts: a table keyed by the characters the scanner
 * hands over ({@link SearchText.TermSink}), so that each distinct term of a document makes one
 * string, at the end; a word repeated a hundred times costs a lookup, not a hundred strings.
 */
final class TermCounts implements SearchText.TermSink {
    private char[][] keys = new char[256][];
    private int[] hashes = new int[256];
    private float[] weights = new float[256];
    private int size;
    private float weight = 1;

    /** The weight the next terms get: their field's. */
    void weight(float w) {
        this.weight = w;
    }

    @Override
    public void term(char[] chars, int length, int hash) {
        int mask = keys.length - 1;
        int slot = mix(hash) & mask;
        while (keys[slot] != null) {
            char[] key = keys[slot];
            if (hashes[slot] == hash && Arrays.equals(key, 0, key.length, chars, 0, length)) {
                weights[slot] += weight;
                return;
            }
            slot = (slot + 1) & mask;
        }
        keys[slot] = Arrays.copyOf(chars, length);
        hashes[slot] = hash;
        weights[slot] = weight;
        if (++size * 2 > keys.length) {
            grow();
        }
    }

    int size() {
        return size;
    }

    /**
     * The terms, in no particular order; {@link #weights} in the same order. Each is the one string
     * {@code vocabulary} holds for it: every document of a large site names the same few thousand
     * words, and its own copy of each would be most of the index's memory.
     */
    String[] terms(java.util.concurrent.ConcurrentMap<String, String> vocabulary) {
        String[] out = new String[size];
        int n = 0;
        for (char[] k : keys) {
            if (k != null) {
                String term = new String(k);
                String known = vocabulary.putIfAbsent(term, term);
                out[n++] = known != null ? known : term;
            }
        }
        return out;
    }

    float[] weights() {
        float[] out = new float[size];
        int n = 0;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != null) {
                out[n++] = weights[i];
            }
        }
        return out;
    }

    private void grow() {
        char[][] oldKeys = keys;
        int[] oldHashes = hashes;
        float[] oldWeights = weights;
        keys = new char[oldKeys.length * 2][];
        hashes = new int[keys.length];
        weights = new float[keys.length];
        int mask = keys.length - 1;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int slot = mix(oldHashes[i]) & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = oldKeys[i];
                hashes[slot] = oldHashes[i];
                weights[slot] = oldWeights[i];
            }
        }
    }

    /** Spreads String hashes, whose low bits are poor for short words, over the table. */
    private static int mix(int h) {
        return h ^ (h >>> 16) * 0x45d9f3b;
    }
}
