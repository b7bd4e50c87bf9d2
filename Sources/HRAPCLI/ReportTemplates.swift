import CLIKit
import Foundation
import HRAPReports
import JSONCoding

/// The report templates and locale files: the standard ones (from `templates/` where the frameworks are found, else
/// those compiled into the program), with a city's directory replacing templates by name.
struct ReportTemplates {
    var sources: [String: String]
    var locales: [String: JSONValue]

    /// The standard templates, then those of `overrides` (files `NAME.mustache`) in their place.
    static func load(_ context: CommandContext, overrides: String?) throws -> ReportTemplates {
        let root = context.catalogue.directory.map { URL(fileURLWithPath: $0).deletingLastPathComponent().path }
        var sources: [String: String] = [:]
        for folder in ["reports", "web"] {
            sources.merge(
                root.map { files(in: $0 + "/" + folder, ending: ".mustache") }
                    ?? EmbeddedTemplates.files(in: folder, ending: ".mustache")
            ) { first, _ in first }
        }
        var locales: [String: JSONValue] = [:]
        let localeFiles =
            root.map { files(in: $0 + "/locales", ending: ".json") }
            ?? EmbeddedTemplates.files(in: "locales", ending: ".json")
        for (name, text) in localeFiles {
            do { locales[name] = try JSONParser.parse(text) } catch {
                throw CLIFailure("locale file \(name).json: \(error)", exitCode: ExitCode.dataError)
            }
        }
        if let overrides {
            let directory = context.absolutePath(overrides)
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue
            else {
                throw CLIFailure("no such templates directory: \(overrides)", exitCode: ExitCode.noInput)
            }
            sources.merge(files(in: directory, ending: ".mustache")) { _, city in city }
        }
        return ReportTemplates(sources: sources, locales: locales)
    }

    /// Every locale by language.
    func allLocales() throws -> [String: ReportLocale] {
        var all: [String: ReportLocale] = [:]
        for language in locales.keys { all[language] = try locale(language) }
        return all
    }

    /// The locale of a language.
    func locale(_ language: String) throws -> ReportLocale {
        guard let json = locales[language] else {
            throw CLIFailure(
                "no locale file for '\(language)' (templates/locales/\(language).json)", exitCode: ExitCode.noInput)
        }
        do { return try ReportLocale(language: language, json: json) } catch {
            throw CLIFailure(error.description, exitCode: ExitCode.dataError)
        }
    }

    /// Files of a directory by name without the ending.
    private static func files(in directory: String, ending: String) -> [String: String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? []
        var files: [String: String] = [:]
        for name in names where name.hasSuffix(ending) {
            if let text = try? String(contentsOfFile: directory + "/" + name, encoding: .utf8) {
                files[String(name.dropLast(ending.count))] = text
            }
        }
        return files
    }
}
