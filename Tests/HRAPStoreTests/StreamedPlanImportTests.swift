import HRAPCore
@testable import HRAPStore
import JSONCoding
import Testing

/// A plan file imported as a stream (``PlanFileStream/read(_:)``: measurements through the bulk path, looked up on
/// the key index) must do what the same file read whole does: the same summary or the same problems, and the same
/// plan afterwards — step after step on two databases, through corrections, history, conflicts and repeats.
@Suite struct StreamedPlanImportTests {
    /// What one import did: its summary, or its problems (sorted: a stream lists them row by row, a file read whole
    /// those of the fields first).
    enum Outcome: Equatable {
        case imported(ImportSummary)
        case refused([String])
    }

    static func outcome(_ step: () throws -> ImportSummary) throws -> Outcome {
        do { return .imported(try step()) } catch StoreError.invalid(let error) {
            return .refused(
                error.problems.map(\.description).sorted() + (error.omitted > 0 ? ["+\(error.omitted)"] : []))
        }
    }

    /// The example's plan file with `edit` made to its measurements (as JSON objects).
    static func edited(_ edit: (inout [JSONValue]) -> Void) throws -> String {
        let members = try #require(try JSONParser.parse(try exampleText()).members)
        return JSONWriter.pretty(
            .object(
                members.map { name, value in
                    guard name == "measurements", var rows = value.array else { return (name, value) }
                    edit(&rows)
                    return (name, .array(rows))
                }))
    }

    static func set(_ member: String, _ value: JSONValue?, in row: inout JSONValue) {
        guard case .object(var members) = row else { return }
        members.removeAll { $0.0 == member }
        if let value { members.append((member, value)) }
        row = .object(members)
    }

    static func steps() throws -> [(String, String)] {
        [
            ("the example into an empty database", try exampleText()),
            ("the example again", try exampleText()),
            (
                "a correction",
                try edited { rows in
                    set("value", .integer(999), in: &rows[4])
                    set("recorded_at", nil, in: &rows[4])
                    set("recorded_by", nil, in: &rows[4])
                }
            ),
            ("history rewritten", try edited { rows in set("value", .integer(1), in: &rows[6]) }),
            ("a version repeated", try edited { rows in rows.append(rows[9]) }),
            (
                "an older version added",
                try edited { rows in
                    var older = rows[2]
                    set("recorded_at", .string("2020-01-01T00:00:00Z"), in: &older)
                    set("value", .integer(12), in: &older)
                    rows.append(older)
                }
            ),
            (
                "a new key twice, corrected within the file",
                try edited { rows in
                    var new = rows[0]
                    set("date", .string("2022-12-31"), in: &new)
                    set("period_start", .string("2022-10-01"), in: &new)
                    set("recorded_at", nil, in: &new)
                    set("recorded_by", nil, in: &new)
                    var again = new
                    set("value", .integer(7), in: &again)
                    rows += [new, again]
                }
            ),
            (
                "bad rows",
                try edited { rows in
                    set("indicator", .string("0.0.x"), in: &rows[1])
                    set("value", .string("lots"), in: &rows[3])
                }
            ),
        ]
    }

    @Test func streamedImportsDoWhatWholeImportsDo() throws {
        let streamed = try PlanStore(path: temporaryDatabase()), whole = try PlanStore(path: temporaryDatabase())
        let frameworks = [try shippedFramework("hrgl-2024")]
        for (index, (name, text)) in try Self.steps().enumerated() {
            let by = author("step\(index)", at: "2026-0\(index + 1)-15T10:00:00Z")
            let bytes = Array(text.utf8)
            let viaStream = try Self.outcome {
                let stream = try PlanFileStream.read { JSONStreamReader.source(of: bytes, chunkSize: 4_096) }
                return try streamed.importPlan(stream, source: "file", frameworks: frameworks, by: by)
            }
            let viaWhole = try Self.outcome {
                let (file, problems) = PlanFile.decode(try JSONParser.parse(bytes))
                return try whole.importPlan(
                    file, readProblems: problems, source: "file", frameworks: frameworks, by: by)
            }
            #expect(viaStream == viaWhole, "\(name)")
            #expect(try streamed.exportPlan("aldermoor-2023") == (try whole.exportPlan("aldermoor-2023")), "\(name)")
        }
        #expect(try streamed.count("measurements") == 287 + 1 + 1 + 2)
    }

    @Test func rowsThatConflictAreListedWithTheirPaths() throws {
        let store = try storeWithExample()
        let text = try Self.edited { rows in
            Self.set("value", .integer(1), in: &rows[6])
            rows.append(rows[9])
        }
        let bytes = Array(text.utf8)
        let stream = try PlanFileStream.read { JSONStreamReader.source(of: bytes) }
        #expect(
            try Self.outcome { try store.importPlan(stream, source: "f", by: author()) }
                == .refused([
                    "$.measurements[287]: repeats $.measurements[9]: the same indicator 3.1.b, period 2023-04-01 to 2023-06-30, "
                        + "recorded at 2023-07-20T09:30:00Z",
                    "$.measurements[6]: differs from the value recorded at 2023-07-20T09:30:00Z; history cannot be rewritten: "
                        + "omit recorded_at to record a correction",
                ]))
    }
}
