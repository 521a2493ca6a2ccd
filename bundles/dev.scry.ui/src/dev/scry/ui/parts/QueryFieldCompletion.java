package dev.scry.ui.parts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.jface.bindings.keys.KeyStroke;
import org.eclipse.jface.fieldassist.ContentProposal;
import org.eclipse.jface.fieldassist.ContentProposalAdapter;
import org.eclipse.jface.fieldassist.IContentProposal;
import org.eclipse.jface.fieldassist.IContentProposalProvider;
import org.eclipse.jface.fieldassist.TextContentAdapter;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Text;

/**
 * Completes the query language's field names ({@code name:}, {@code tag:}, ...) and orders
 * ({@code sort:-size}) in the query field: as a word is typed, or with Ctrl+Space.
 */
final class QueryFieldCompletion implements IContentProposalProvider {
    /** What can be written before a colon, and the orders, as the query language reads them. */
    static final List<String> PROPOSALS = List.of("name:", "path:", "folder:", "ocr:", "tag:", "camera:", "format:", "size:", "width:",
            "height:", "taken:", "added:", "modified:", "sort:", "sort:similarity", "sort:taken", "sort:-taken", "sort:added",
            "sort:-added", "sort:size", "sort:-size", "sort:name");
    private static final String LETTERS = "abcdefghijklmnopqrstuvwxyz:";

    /** Offers the proposals in {@code text}; typing a letter opens them, Ctrl+Space too. */
    static ContentProposalAdapter install(Text text) {
        ContentProposalAdapter adapter = new ContentProposalAdapter(text, new TextContentAdapter(), new QueryFieldCompletion(),
                KeyStroke.getInstance(SWT.MOD1, ' '), LETTERS.toCharArray());
        adapter.setProposalAcceptanceStyle(ContentProposalAdapter.PROPOSAL_INSERT);
        adapter.setAutoActivationDelay(200);
        return adapter;
    }

    @Override
    public IContentProposal[] getProposals(String contents, int position) {
        String typed = word(contents, position).toLowerCase(Locale.ROOT);
        List<IContentProposal> matching = new ArrayList<>();
        if (typed.isEmpty()) {
            return new IContentProposal[0];
        }
        for (String proposal : PROPOSALS) {
            if (proposal.startsWith(typed) && !proposal.equals(typed)) {
                String rest = proposal.substring(typed.length());
                matching.add(new ContentProposal(rest, proposal, null, rest.length()));
            }
        }
        return matching.toArray(IContentProposal[]::new);
    }

    /** The word being typed: from the last space or parenthesis before {@code position}, without a leading minus sign. */
    static String word(String contents, int position) {
        int start = position;
        while (start > 0 && " \t()\"".indexOf(contents.charAt(start - 1)) < 0) {
            start--;
        }
        String word = contents.substring(start, position);
        return word.startsWith("-") ? word.substring(1) : word;
    }
}
