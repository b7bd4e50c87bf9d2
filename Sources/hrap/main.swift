import CLIKit
import Foundation
import HRAPCLI

#if canImport(Glibc)
import Glibc
#endif

let io = ConsoleIO(
    environment: ProcessInfo.processInfo.environment,
    errorIsTerminal: isatty(STDERR_FILENO) != 0,
    out: { text in FileHandle.standardOutput.write(Data(text.utf8)) },
    err: { text in FileHandle.standardError.write(Data(text.utf8)) })
exit(HRAP.run(arguments: Array(CommandLine.arguments.dropFirst()), io: io))
