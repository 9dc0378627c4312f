package org.musicminion.discover.cli;

import java.util.ArrayList;
import java.util.Map;
import java.util.Set;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The shape of --help: the global options (--config, --data-dir, --json, -q, -v, -V) and the
 * exit-code table are shown once, by {@code minion-discover --help}; a subcommand's help lists its
 * own options, its own exit codes when they differ, and a line pointing to the top. The globals
 * still work after any subcommand (hidden there, not removed), except that {@code demo} and
 * {@code sandbox}, which never read a config, do not take --config.
 */
final class HelpLayout {
    /** Subcommands that bring their own config: --config would be silently ignored, so they refuse it. */
    private static final Set<String> OWN_CONFIG = Set.of("demo", "sandbox");

    private HelpLayout() {}

    static void apply(CommandLine root) {
        Map<String, String> rootExitCodes = root.getCommandSpec().usageMessage().exitCodeList();
        for (CommandLine sub : root.getSubcommands().values()) trim(sub.getCommandSpec(), rootExitCodes);
    }

    private static void trim(CommandSpec spec, Map<String, String> rootExitCodes) {
        boolean ownConfig = spec.parent() == spec.root() && OWN_CONFIG.contains(spec.name());
        for (OptionSpec o : new ArrayList<>(spec.options())) {
            if (o.usageHelp() || !o.inherited() && !o.versionHelp()) continue;
            spec.remove(o);
            if (ownConfig && o.longestName().equals("--config")) continue;
            // LOCAL: the hidden copy must not be handed down again; the subcommands keep their own copies
            spec.addOption(o.toBuilder().hidden(true).scopeType(CommandLine.ScopeType.LOCAL).build());
        }
        var usage = spec.usageMessage();
        if (usage.exitCodeList().equals(rootExitCodes)) usage.exitCodeList(Map.of()).exitCodeListHeading("");
        String globals = ownConfig ? "--data-dir, --json, -q, -v" : "--config, --data-dir, --json, -q, -v";
        usage.footer("%nGlobal options (" + globals + ") and exit codes:%n  minion-discover --help");
        for (CommandLine sub : spec.subcommands().values()) trim(sub.getCommandSpec(), rootExitCodes);
    }
}
