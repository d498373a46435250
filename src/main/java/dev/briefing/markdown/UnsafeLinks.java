package dev.briefing.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.PostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessor;
import com.vladsch.flexmark.parser.block.DocumentPostProcessorFactory;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parser extension that turns links and images whose address could run code into plain text,
 * as the last step of parsing: every later stage sees a tree without them.
 *
 * <p>flexmark's {@code SUPPRESSED_LINKS} tests the address as written, so an escaped scheme such as
 * {@code [x](&#106;avascript:alert(1))} slips past it and is rendered decoded. This pass looks at the
 * decoded address the browser will see, as a browser reads it (tabs and newlines dropped, leading
 * spaces and control characters ignored), and keeps a link only when it is relative or uses a
 * scheme on the allow list.
 */
final class UnsafeLinks implements Parser.ParserExtension {
    static final Set<String> SAFE_SCHEMES = Set.of("http", "https", "mailto", "tel");
    private static final Pattern SCHEME = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):");
    private static final Pattern IGNORED_BY_BROWSERS = Pattern.compile("[\\t\\n\\r]");
    private static final Pattern LEADING_CONTROLS = Pattern.compile("^[\\x00-\\x20]+");

    static UnsafeLinks create() {
        return new UnsafeLinks();
    }

    @Override
    public void parserOptions(MutableDataHolder options) {}

    @Override
    public void extend(Parser.Builder builder) {
        builder.postProcessorFactory(new DocumentPostProcessorFactory() {
            @Override
            public PostProcessor apply(Document document) {
                return new DocumentPostProcessor() {
                    @Override
                    public Document processDocument(Document doc) {
                        removeFrom(doc);
                        return doc;
                    }
                };
            }
        });
    }

    /** Replaces every unsafe link or image in {@code document} by its text. */
    static void removeFrom(Document document) {
        List<Node> unsafe = new ArrayList<>();
        collect(document, document, unsafe);
        unsafe.forEach(UnsafeLinks::replaceByText);
    }

    static boolean isSafe(String url) {
        String seen = LEADING_CONTROLS.matcher(IGNORED_BY_BROWSERS.matcher(url).replaceAll("")).replaceFirst("");
        Matcher m = SCHEME.matcher(seen);
        return !m.find() || SAFE_SCHEMES.contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    private static void collect(Node node, Document document, List<Node> unsafe) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof LinkNodeBase link && !(child instanceof Reference)
                    && !isSafe(link.getUrl().unescape())) {
                unsafe.add(child);
            } else if (child instanceof RefNode ref) {
                Reference target = ref.getReferenceNode(document);
                if (target != null && !isSafe(target.getUrl().unescape())) {
                    unsafe.add(child);
                }
            }
            collect(child, document, unsafe);
        }
    }

    /**
     * The link's children take its place; an autolink written {@code <scheme:…>} has none, so its
     * text does. (The autolink extension's links have their text as a child: adding their text
     * as well wrote it twice.)
     */
    private static void replaceByText(Node link) {
        if (link instanceof AutoLink auto && !link.hasChildren()) {
            link.insertBefore(new Text(auto.getText()));
        }
        while (link.getFirstChild() != null) {
            link.insertBefore(link.getFirstChild());
        }
        link.unlink();
    }
}
