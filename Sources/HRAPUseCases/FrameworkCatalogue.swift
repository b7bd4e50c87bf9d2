import Foundation
import HRAPCore
import JSONCoding

/// The frameworks a deployment scores against: those shipped in a directory (`templates/frameworks/`) and those
/// imported into the database (`hrap framework import`), shipped ones counting as imported first.
public struct FrameworkCatalogue: Sendable {
    /// The directory of shipped framework files; nil when none was found.
    public let directory: String?
    /// The shipped frameworks compiled into the program (file name → text), used when no directory is found, so that
    /// a copied binary still has them.
    public let embedded: [String: String]

    /// Creates a catalogue over a directory of shipped frameworks, with the compiled-in ones as the fallback.
    public init(directory: String?, embedded: [String: String] = [:]) {
        self.directory = directory
        self.embedded = embedded
    }

    /// The first of `candidates` that holds a `frameworks` directory (checked as `CANDIDATE/frameworks`).
    public static func locate(templateDirectories candidates: [String]) -> String? {
        candidates.map { $0 + "/frameworks" }.first { path in
            var isDirectory: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }
    }

    /// Every shipped framework, by file name; a shipped file that does not validate is an error naming it.
    func shipped() throws -> [Framework] {
        guard let directory else {
            guard !embedded.isEmpty else { throw ServiceError.frameworksNotFound }
            return try embedded.sorted { $0.key < $1.key }.map { name, text in
                try Self.decode(Array(text.utf8), source: name)
            }
        }
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        return try names.filter { $0.hasSuffix(".json") }.sorted().map { try Self.load(directory + "/" + $0) }
    }

    /// The framework `ID` (its last version in `frameworks`) or `ID@VERSION`.
    static func find(_ reference: String, in frameworks: [Framework]) throws -> Framework {
        let parts = reference.split(separator: "@", maxSplits: 1).map(String.init)
        let matches = frameworks.filter { $0.id == parts.first && (parts.count == 1 || $0.version == parts[1]) }
        guard let found = matches.last else {
            throw ServiceError.unknownFramework(
                reference: reference, known: frameworks.map { "\($0.id)@\($0.version)" })
        }
        return found
    }

    /// Reads and validates a framework file; every problem is reported at once.
    public static func load(_ path: String) throws -> Framework {
        guard let data = FileManager.default.contents(atPath: path) else { throw ServiceError.missingFile(path) }
        return try decode([UInt8](data), source: path)
    }

    /// Parses and validates a framework's text; `source` names it in errors.
    package static func decode(_ bytes: [UInt8], source: String) throws -> Framework {
        let json: JSONValue
        do { json = try JSONParser.parse(bytes) } catch {
            throw ServiceError.malformedFile(path: source, line: error.line, column: error.column, reason: error.reason)
        }
        let (framework, problems) = Framework.schema.decode(json, path: "$")
        guard problems.isEmpty else { throw ValidationError(source: source, problems: problems) }
        return framework
    }
}
