import CLIKit
import Foundation
import HRAPCore
import JSONCoding

/// The frameworks shipped in `templates/frameworks/`, found next to the executable, in the working directory,
/// or under `HRAP_TEMPLATES` (in that order, as DESIGN.md says), and those imported into the database.
struct FrameworkLibrary {
    let directory: String?
    /// Frameworks imported into the database (`hrap framework import`), in import order.
    var imported: [Framework] = []

    /// The library of a command; imported frameworks are read from the database when it exists.
    init(context: CommandContext, parsed: ParsedArguments) throws {
        self.init(context: context)
        let path = context.databasePath(parsed)
        let absolute = path.hasPrefix("/") ? path : context.workingDirectory + "/" + path
        if FileManager.default.fileExists(atPath: absolute) { imported = try context.store(parsed).importedFrameworks() }
    }

    init(context: CommandContext) {
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath().deletingLastPathComponent()
        let ancestors = sequence(first: executable) { $0.path == "/" ? nil : $0.deletingLastPathComponent() }.map(\.path)
        let candidates = ancestors + [context.workingDirectory] + [context.io.environment["HRAP_TEMPLATES"]].compactMap { $0 }
        directory = candidates.map { $0 + "/templates/frameworks" }.first { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        } ?? context.io.environment["HRAP_TEMPLATES"].map { $0 + "/frameworks" }
    }

    /// Every shipped framework, by id; a shipped file that does not validate is an error naming it.
    func all() throws -> [Framework] {
        guard let directory else {
            throw CLIFailure("cannot find templates/frameworks; set HRAP_TEMPLATES to the templates directory", exitCode: ExitCode.noInput)
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return try names.filter { $0.hasSuffix(".json") }.sorted().map { try Self.load(directory + "/" + $0) } + imported
    }

    /// The framework `ID` (its most recently imported version; shipped versions count as imported first) or
    /// `ID@VERSION`, or a usage error naming the known ones.
    func framework(_ reference: String) throws -> Framework {
        let frameworks = try all()
        let parts = reference.split(separator: "@", maxSplits: 1).map(String.init)
        let matches = frameworks.filter { $0.id == parts.first && (parts.count == 1 || $0.version == parts[1]) }
        guard let found = matches.last else {
            let known = frameworks.map { "\($0.id)@\($0.version)" }.joined(separator: ", ")
            throw UsageError("Unknown framework '\(reference)'. Known frameworks: \(known).")
        }
        return found
    }

    /// Reads and validates a framework file; every problem is reported at once.
    static func load(_ path: String) throws -> Framework {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CLIFailure("no such file: \(path)", exitCode: ExitCode.noInput)
        }
        let json: JSONValue
        do { json = try JSONParser.parse([UInt8](data)) } catch {
            throw CLIFailure("\(path):\(error.line):\(error.column): \(error.reason)", exitCode: ExitCode.dataError)
        }
        let (framework, problems) = Framework.schema.decode(json, path: "$")
        guard problems.isEmpty else { throw ValidationError(source: path, problems: problems) }
        return framework
    }
}
