package dev.briefing.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Turns the body's lines into blocks: list items (bullets or numbers) into lists, lines the input
 * marked as quoted into quotations, heading-shaped lines that stand before more text into
 * headings, every other line into a paragraph. A heading of the page that starts with its number
 * ("2. Take stock") stays a heading, number and all.
 */
final class BodyBlocks {
    private BodyBlocks() {}

    /** The blocks of the lines {@code lines} has not used up. */
    static List<Block> of(Lines lines) {
        List<Integer> filled = lines.filled(0);
        List<Block> blocks = new ArrayList<>();
        int lastQuoted = -2;
        for (int k = 0; k < filled.size(); k++) {
            int i = filled.get(k);
            String line = lines.raw(i);
            Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            Optional<String> bullet = LineShapes.bulletItem(line);
            Optional<LineShapes.NumberedItem> numbered = LineShapes.numberedItem(line);
            boolean moreText = k + 1 < filled.size();
            if (lines.isQuoted(i)) {
                if (last instanceof Block.Quote quote && lastQuoted == k - 1) {
                    blocks.set(blocks.size() - 1, new Block.Quote(append(quote.paragraphs(), line.strip())));
                } else {
                    blocks.add(new Block.Quote(List.of(line.strip())));
                }
                lastQuoted = k;
            } else if (bullet.isPresent()) {
                if (last instanceof Block.BulletList list) {
                    blocks.set(blocks.size() - 1, new Block.BulletList(append(list.items(), bullet.get())));
                } else {
                    blocks.add(new Block.BulletList(List.of(bullet.get())));
                }
            } else if (numbered.isPresent() && !lines.isMarkedHeading(i)) {
                if (last instanceof Block.OrderedList list && numbered.get().number() == list.start() + list.items().size()) {
                    blocks.set(blocks.size() - 1, new Block.OrderedList(list.start(), append(list.items(), numbered.get().text())));
                } else {
                    blocks.add(new Block.OrderedList(numbered.get().number(), List.of(numbered.get().text())));
                }
            } else if (lines.isMarkedHeading(i) || moreText && LineShapes.isHeadingShaped(line)) {
                blocks.add(new Block.Heading(line.strip()));
            } else {
                blocks.add(new Block.Paragraph(line.strip()));
            }
        }
        return blocks;
    }

    private static List<String> append(List<String> items, String item) {
        List<String> more = new ArrayList<>(items);
        more.add(item);
        return List.copyOf(more);
    }
}
