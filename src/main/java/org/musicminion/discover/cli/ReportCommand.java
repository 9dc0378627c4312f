package org.musicminion.discover.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;

import org.musicminion.discover.ExitCode;
import org.musicminion.discover.auth.SystemBrowser;
import org.musicminion.discover.report.Report;
import org.musicminion.discover.report.ReportFile;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code report [--out FILE] [--open]}: writes the HTML report of the index and says where. */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = {"Write one self-contained HTML page (no network, no scripts; charts as inline SVG) showing whether"
                + " discovery works: the keep rate of pushed tracks by week, the Discovery playlist now with who surfaced"
                + " each track and why, artists by tracks a week against keep rate with the noisy ones marked, and sync health.",
                "Prints {\"file\":...,\"bytes\":n}. Reads only the local index: no request is sent."})
public final class ReportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "Where to write it (default: report.html in the data dir; - for stdout).")
    Path out;

    @Option(names = "--open", description = "Open it in the desktop's browser afterwards.")
    boolean open;

    @Override
    public Integer call() throws IOException {
        AppContext ctx = Cli.of(spec).context();
        String html = new Report(ctx.database(), ctx.clock(), ctx.settings().reposts().title()).html();
        if (out != null && out.toString().equals("-")) {
            ctx.output().stdout().print(html);
            ctx.output().stdout().flush();
            StdoutFailure.check(ctx.output().stdout());
            return ExitCode.OK;
        }
        Path file = ReportFile.write(out != null ? out : ctx.dataDir().resolve("report.html"), html);
        Map<String, Object> result = Output.ordered();
        result.put("file", file.toString());
        result.put("bytes", html.getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
        ctx.output().result(result);
        if (open && !new SystemBrowser(ctx.terminal().env()).open(file.toUri())) {
            ctx.output().warn("no browser to open here (no desktop); open " + file.toUri() + " in one");
        } else if (!open) {
            ctx.output().info("report: written to " + file + " (open it in a browser, or add --open)");
        }
        return ExitCode.OK;
    }
}
