import Foundation
import Testing

/// The README's code map is the map a newcomer trusts: it must name every target with exactly its dependencies.
@Suite struct CodeMapTests {
    private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    /// Every non-test target of Package.swift with its dependencies.
    private func packageTargets() throws -> [String: [String]] {
        let text = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        var targets: [String: [String]] = [:]
        let pattern =
            /\.(?:target|executableTarget|systemLibrary)\(\s*name: "([^"]+)"(?:,\s*dependencies: \[([^\]]*)\])?/
        for match in text.matches(of: pattern) {
            let dependencies =
                match.2.map { list in
                    list.split(separator: ",").map {
                        $0.trimmingCharacters(in: .whitespacesAndNewlines).trimmingCharacters(in: ["\""])
                    }
                } ?? []
            targets[String(match.1)] = dependencies.filter { !$0.isEmpty }
        }
        return targets
    }

    /// The rows of the README's code map: target → dependencies.
    private func codeMap() throws -> [String: [String]] {
        let text = try String(contentsOf: root.appendingPathComponent("README.md"), encoding: .utf8)
        let section = try #require(text.components(separatedBy: "### Code map").dropFirst().first)
        var rows: [String: [String]] = [:]
        for line in section.split(separator: "\n") where line.hasPrefix("| `") {
            let cells = line.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            let dependencies =
                cells.last == "—"
                ? []
                : (cells.last ?? "").split(separator: ",").map {
                    $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: ["`"])
                }
            rows[cells[0].trimmingCharacters(in: ["`"])] = dependencies
        }
        return rows
    }

    @Test func theREADMEsCodeMapMatchesThePackage() throws {
        let package = try packageTargets(), map = try codeMap()
        #expect(package.count >= 13, "the pattern reads Package.swift")
        #expect(Set(map.keys) == Set(package.keys))
        for (target, dependencies) in package {
            #expect(map[target] == dependencies, "\(target)")
        }
    }

    /// The targets of this package each file of a source folder imports (system modules left out).
    private func imports(of target: String) throws -> Set<String> {
        let folder = root.appendingPathComponent(target == "TestSupport" ? "Tests/TestSupport" : "Sources/\(target)")
        let system: Set = ["Foundation", "Glibc", "Dispatch", "Synchronization", "PackageDescription"]
        var found: Set<String> = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for match in text.matches(of: /(?m)^(?:@testable )?import (\w+)$/) where !system.contains(String(match.1)) {
                found.insert(String(match.1))
            }
        }
        return found
    }

    /// The manifest says what each target imports, no more and no less (SwiftPM's own check accepts any target that
    /// is reachable through another, so it cannot see a surface reaching past the service).
    @Test func everyTargetImportsExactlyItsDeclaredDependencies() throws {
        for (target, dependencies) in try packageTargets() {
            let found = try imports(of: target), declared = Set(dependencies)
            #expect(
                found == declared,
                "\(target) imports undeclared \(found.subtracting(declared).sorted()), declares unused \(declared.subtracting(found).sorted())"
            )
        }
    }

    /// The surfaces speak to the service only: neither the store nor SQLite is theirs to import.
    @Test func noSurfaceImportsTheStore() throws {
        for surface in ["HRAPServer", "HRAPWeb", "HRAPCLI", "hrap"] {
            let found = try imports(of: surface)
            #expect(!found.contains("HRAPStore") && !found.contains("SQLiteStore"), "\(surface)")
        }
    }

    @Test func infrastructureTargetsImportNoHRAPTarget() throws {
        let infrastructure = ["SQLiteStore", "JSONCoding", "CSVParsing", "CLIKit", "FileSystem", "SeededRandom"]
        for target in infrastructure {
            let folder = root.appendingPathComponent("Sources/\(target)")
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".swift")
            {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                #expect(!text.contains("import HRAP"), "\(target)/\(name)")
            }
        }
    }

    @Test func noCommandFileTouchesTheStore() throws {
        let folder = root.appendingPathComponent("Sources/HRAPCLI")
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".swift") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            #expect(!text.contains("PlanStore("), "\(name) opens the store itself")
            #expect(!text.contains(".store("), "\(name) reaches the store")
        }
    }
}

/// Messages of the domain, store and service belong to no surface: they name fields, never command-line options.
@Suite struct SurfaceNeutralMessageTests {
    private let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()

    @Test func noOptionNamesOutsideTheCommandLine() throws {
        for target in ["HRAPCore", "HRAPStore", "HRAPUseCases"] {
            let folder = root.appendingPathComponent("Sources/\(target)")
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".swift")
            {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                for line in text.split(separator: "\n") where !line.trimmingCharacters(in: .whitespaces).hasPrefix("//")
                {
                    #expect(line.firstMatch(of: /--[a-z]/) == nil, "\(target)/\(name): \(line)")
                }
            }
        }
    }
}
