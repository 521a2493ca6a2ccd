package dev.scry.ui;

import java.util.stream.Collectors;

import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;

import dev.scry.plugins.Plugin;
import dev.scry.plugins.PluginException;

/**
 * Asks whether to install a plugin that p2's certificate check refused: what it is (name, id, version,
 * provider) and who signed it ("unsigned", or each unknown signer with its certificate's SHA-256). No
 * is the default; answering no changes nothing (the refused install was rolled back already).
 */
public final class TrustQuestion {
    private TrustQuestion() {
    }

    /** The question's text for {@code plugin} and what was refused. */
    public static String text(Plugin plugin, PluginException.Refusal refusal) {
        StringBuilder text = new StringBuilder(NLS.bind(Messages.plugins_trustWhat,
                new Object[] { plugin.name(), plugin.id(), plugin.version(), plugin.provider().isEmpty() ? Messages.plugins_noProvider : plugin.provider() }));
        text.append("\n\n");
        if (!refusal.unsignedJars().isEmpty()) {
            text.append(NLS.bind(Messages.plugins_trustUnsigned, String.join(", ", refusal.unsignedJars())));
        }
        if (!refusal.signers().isEmpty()) {
            if (!refusal.unsignedJars().isEmpty()) {
                text.append("\n");
            }
            text.append(NLS.bind(Messages.plugins_trustSigners,
                    refusal.signers().stream().map(PluginException.Signer::describe).collect(Collectors.joining("\n"))));
        }
        return text.append("\n\n").append(Messages.plugins_trustAsk).toString();
    }

    /** True if the user chooses to install it anyway. */
    public static boolean ask(Shell shell, Plugin plugin, PluginException.Refusal refusal) {
        return new MessageDialog(shell, Messages.plugins_trustTitle, null, text(plugin, refusal), MessageDialog.WARNING, 1,
                Messages.plugins_trustInstall, Messages.plugins_trustRefuse).open() == 0;
    }
}
