import CLIKit
import Foundation
import HRAPCLI

#if canImport(Glibc)
    import Glibc
#endif

StandardStream.ignoreBrokenPipes()
let output = StandardStream.output, errors = StandardStream.error
let io = ConsoleIO(
    environment: ProcessInfo.processInfo.environment,
    errorIsTerminal: isatty(STDERR_FILENO) != 0,
    out: { text in output.write(text) },
    err: { text in errors.write(text) })
var code = HRAP.run(arguments: Array(CommandLine.arguments.dropFirst()), io: io)
if let failure = output.failure {
    // The command itself finished (anything it wrote to the database is committed); only its output was lost.
    errors.write("Error: cannot write to standard output (\(failure)); the command's output is incomplete.\n")
    if code == ExitCode.ok { code = ExitCode.ioError }
}
exit(code)
