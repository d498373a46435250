package dev.briefing.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns the body's lines into blocks: list items (bullets or numbers) into lists, heading-shaped
 * lines that stand before more text into headings, every other line into a paragraph.
 */
final class BodyBlocks {
    private BodyBlocks() {}

    /**
     * @param used lines already taken as metadata
     * @param headings lines the input itself marked as headings
     */
    static List<Block> of(List<String> lines, boolean[] used, Set<Integer> headings, int from) {
        List<Integer> filled = new ArrayList<>();
        for (int i = from; i < lines.size(); i++) {
            if (!used[i] && !lines.get(i).isBlank()) {
                filled.add(i);
            }
        }
        List<Block> blocks = new ArrayList<>();
        for (int k = 0; k < filled.size(); k++) {
            int i = filled.get(k);
            String line = lines.get(i);
            Block last = blocks.isEmpty() ? null : blocks.get(blocks.size() - 1);
            Optional<String> bullet = LineShapes.bulletItem(line);
            Optional<LineShapes.NumberedItem> numbered = LineShapes.numberedItem(line);
            boolean moreText = k + 1 < filled.size();
            if (bullet.isPresent()) {
                if (last instanceof Block.BulletList list) {
                    blocks.set(blocks.size() - 1, new Block.BulletList(append(list.items(), bullet.get())));
                } else {
                    blocks.add(new Block.BulletList(List.of(bullet.get())));
                }
            } else if (numbered.isPresent()) {
                if (last instanceof Block.OrderedList list && numbered.get().number() == list.start() + list.items().size()) {
                    blocks.set(blocks.size() - 1, new Block.OrderedList(list.start(), append(list.items(), numbered.get().text())));
                } else {
                    blocks.add(new Block.OrderedList(numbered.get().number(), List.of(numbered.get().text())));
                }
            } else if (headings.contains(i) || moreText && LineShapes.isHeadingShaped(line)) {
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
