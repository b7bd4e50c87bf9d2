import CLIKit

/// `hrap completion SHELL` and `hrap manual`: the shell completion scripts and the manual page, generated from the
/// same command tree as the help, so a new command or option appears in both without code.
enum ShellCommands {
    static func completion(_ context: CommandContext) -> Command {
        Command(
            "completion", abstract: "Print a shell completion script for bash, zsh or fish.",
            discussion: """
                bash: source <(hrap completion bash), or save it as
                /etc/bash_completion.d/hrap. zsh: hrap completion zsh > "${fpath[1]}/_hrap". fish: hrap completion fish >
                ~/.config/fish/completions/hrap.fish.
                """,
            examples: ["hrap completion bash > /etc/bash_completion.d/hrap"],
            arguments: [Argument("SHELL", help: "bash, zsh or fish.")]
        ) { parsed in
            let name = parsed.argument("SHELL") ?? ""
            guard let shell = CompletionScript.Shell(rawValue: name) else {
                throw UsageError("The value '\(name)' is invalid for '<shell>'. Expected bash, zsh or fish.")
            }
            context.io.out(CompletionScript.script(shell, root: HRAP.root(context)))
        }
    }

    static func manual(_ context: CommandContext) -> Command {
        Command(
            "manual", abstract: "Print the manual page (roff), generated from the help of every command.",
            examples: ["hrap manual > hrap.1 && man -l hrap.1"]
        ) { _ in
            let exitStatus: [(Int32, String)] = [
                (ExitCode.ok, "Success."), (ExitCode.failure, "A runtime failure."),
                (ExitCode.usage, "A usage error: an unknown command or option, or a missing argument."),
                (ExitCode.dataError, "Bad data: every problem is listed with its file, line, field and reason."),
                (ExitCode.noInput, "A file or database that does not exist."),
                (ExitCode.ioError, "A file that could not be read or written."),
            ]
            context.io.out(
                ManualPage.roff(
                    HRAP.root(context), version: HRAP.version, date: context.clock().date.description,
                    exitStatus: exitStatus))
        }
    }
}
