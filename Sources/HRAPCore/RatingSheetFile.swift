import JSONCoding

/// A reviewer's ratings prepared offline (a CSV or JSON file) or given on the command line, each with where it came
/// from so that problems can name the line or path.
public struct RatingSheetFile: Sendable {
    /// A value and where it was read.
    public struct Entry<Value: Sendable>: Sendable {
        public let location: String
        public let value: Value

        /// Creates an entry.
        public init(_ value: Value, at location: String) {
            self.location = location
            self.value = value
        }
    }

    /// The format identifier of JSON sheets.
    public static let format = "hrap-rating-sheet/1"
    /// Columns a CSV sheet may have; `short_title` and `level_descriptions` are there for the reviewer and ignored.
    public static let columns = [
        "encouragement", "short_title", "level", "not_assessable", "recommendation", "implementation",
        "rationale", "evidence",
    ]

    public var ratings: [Entry<Rating>] = []
    public var followUps: [Entry<FollowUpRating>] = []

    /// An empty sheet.
    public init() {}

    /// Reads a JSON sheet: `{"format": "hrap-rating-sheet/1", "ratings": [...], "follow_ups": [...]}`.
    public static func decode(json: JSONValue) -> (RatingSheetFile, [ValidationProblem]) {
        var sheet = RatingSheetFile()
        var problems: [ValidationProblem] = []
        guard case .object(let members) = json else {
            return (sheet, [.init(path: "$", code: .malformed, message: "expected an object, found \(json.kindName)")])
        }
        for (key, _) in members where !["format", "round", "reviewer", "ratings", "follow_ups"].contains(key) {
            problems.append(.init(path: "$.\(key)", code: .unknownName, message: "unknown member '\(key)'"))
        }
        if json["format"] != .string(format) {
            problems.append(.init(path: "$.format", code: .invalidValue, message: "must be \"\(format)\""))
        }
        func entries<R: Record>(_ key: String) -> [Entry<R>] {
            guard let value = json[key], value != .null else { return [] }
            guard case .array(let items) = value else {
                problems.append(
                    .init(path: "$.\(key)", code: .malformed, message: "expected an array, found \(value.kindName)"))
                return []
            }
            return items.enumerated().map { index, item in
                let path = "$.\(key)[\(index)]"
                let (record, found) = R.schema.decode(item, path: path)
                problems += found + stamped(item, path: path)
                return Entry(record, at: path)
            }
        }
        sheet.ratings = entries("ratings")
        sheet.followUps = entries("follow_ups")
        if sheet.ratings.isEmpty, sheet.followUps.isEmpty {
            problems.append(.init(path: "$", code: .required, message: "the sheet rates nothing"))
        }
        return (sheet, problems)
    }

    /// Reads a table (header first) of a CSV sheet: one encouragement or one earlier recommendation per row. Several
    /// pieces of evidence in one cell are separated by ';' or line breaks.
    public static func decode(header: [String], rows: [(line: Int, cells: [String])]) -> (
        RatingSheetFile, [ValidationProblem]
    ) {
        var sheet = RatingSheetFile()
        var problems: [ValidationProblem] = []
        let names = header.map { $0.trimmingWhitespace.lowercased() }
        for name in names where !columns.contains(name) && name != "level_descriptions" {
            problems.append(
                .init(
                    path: "line 1", code: .unknownName,
                    message: "unknown column '\(name)'; columns: " + columns.joined(separator: ", ")))
        }
        for (line, cells) in rows {
            func cell(_ name: String) -> String? {
                guard let index = names.firstIndex(of: name), index < cells.count else { return nil }
                let text = cells[index].trimmingWhitespace
                return text.isEmpty ? nil : text
            }
            let location = "line \(line)"
            guard cells.contains(where: { !$0.trimmingWhitespace.isEmpty }) else { continue }
            let evidence: JSONValue? = cell("evidence").map { text in
                .array(
                    text.split(whereSeparator: { $0 == ";" || $0 == "\n" }).map {
                        .string(String($0).trimmingWhitespace)
                    }
                    .filter { $0 != .string("") })
            }
            var members: [(String, JSONValue)] = [("rationale", cell("rationale").map(JSONValue.string) ?? .null)]
            if let evidence { members.append(("evidence", evidence)) }
            switch (cell("encouragement"), cell("recommendation")) {
            case (let number?, nil):
                members += [
                    ("encouragement", Int64(number).map(JSONValue.integer) ?? .string(number)),
                    ("level", cell("level").map { Int64($0).map(JSONValue.integer) ?? .string($0) } ?? .null),
                    ("not_assessable", cell("not_assessable").map(JSONValue.string) ?? .null),
                ]
                let (rating, found) = Rating.schema.decode(.object(members), path: location)
                problems += found
                sheet.ratings.append(Entry(rating, at: location))
            case (nil, let recommendation?):
                members += [
                    ("recommendation", .string(recommendation)),
                    ("implementation", cell("implementation").map(JSONValue.string) ?? .null),
                ]
                let (followUp, found) = FollowUpRating.schema.decode(.object(members), path: location)
                problems += found
                sheet.followUps.append(Entry(followUp, at: location))
            case (nil, nil):
                problems.append(
                    .init(
                        path: location, code: .required,
                        message: "give an encouragement (a rating) or a recommendation (a follow-up)"))
            case (.some, .some):
                problems.append(
                    .init(
                        path: location, code: .inconsistent,
                        message: "give an encouragement or a recommendation, not both"))
            }
        }
        if rows.isEmpty { problems.append(.init(path: "line 1", code: .required, message: "the sheet has no rows")) }
        return (sheet, problems)
    }

    /// `recorded_at` and `recorded_by` are set by hrap when the sheet is read, never by the sheet.
    private static func stamped(_ item: JSONValue, path: String) -> [ValidationProblem] {
        ["recorded_at", "recorded_by"].compactMap { key in
            item[key] == nil
                ? nil
                : ValidationProblem(
                    path: "\(path).\(key)", code: .notAllowed,
                    message: "is set by hrap when the sheet is read; leave it out")
        }
    }

    /// A blank sheet for a reviewer to fill in offline: one row per encouragement with its short title and the
    /// framework's level descriptions on the first row.
    public static func template(_ framework: Framework) -> (header: [String], rows: [[String]]) {
        let header = [
            "encouragement", "short_title", "level", "not_assessable", "rationale", "evidence", "level_descriptions",
        ]
        let levels = framework.levelDescriptions.joined(separator: "\n")
        let rows = framework.encouragements.enumerated().map { index, encouragement in
            [String(encouragement.number), encouragement.shortTitle, "", "", "", "", index == 0 ? levels : ""]
        }
        return (header, rows)
    }
}
