import JSONCoding

/// What a rating rests on: a document of the plan's government, or a measurement, progress update or report recorded
/// in the plan.
///
/// Written as text everywhere (command line, rating sheets, JSON): `document:TITLE <URL or page>`,
/// `measurement:INDICATOR@DATE`, `update:ACTION@DATE` (the date may be left out: the latest one) or `report:CODE`.
public struct Evidence: Hashable, Sendable, CustomStringConvertible {
    /// The kinds of evidence.
    public enum Kind: String, CaseIterable, Sendable {
        case document, measurement, update, report
    }

    public var kind: Kind
    /// A document's title, or the code of the indicator, action or report.
    public var reference: String
    /// A document's URL or page ("p. 12"); a measurement's or update's date; nil otherwise.
    public var locator: String?

    /// Creates evidence.
    public init(_ kind: Kind, _ reference: String, locator: String? = nil) {
        self.kind = kind
        self.reference = reference
        self.locator = locator
    }

    /// Reads the text form, or says what is wrong with it.
    public init(parsing text: String) throws(FieldError) {
        let trimmed = text.trimmingWhitespace
        guard let colon = trimmed.firstIndex(of: ":"), let kind = Kind(rawValue: String(trimmed[..<colon]).lowercased())
        else {
            throw FieldError(
                "'\(trimmed)' is not evidence: write KIND:REFERENCE with KIND one of "
                    + Kind.allCases.map(\.rawValue).joined(separator: ", ") + ", e.g. 'document:Budget 2025 <p. 14>'",
                code: .invalidValue)
        }
        let rest = String(trimmed[trimmed.index(after: colon)...]).trimmingWhitespace
        switch kind {
        case .document:
            guard rest.hasSuffix(">"), let open = rest.lastIndex(of: "<") else {
                throw FieldError(
                    "document evidence needs a title and a URL or page: 'document:TITLE <https://…>' or 'document:TITLE <p. 12>'",
                    code: .required)
            }
            let title = String(rest[..<open]).trimmingWhitespace
            let locator = String(rest[rest.index(after: open)..<rest.index(before: rest.endIndex)]).trimmingWhitespace
            guard !title.isEmpty else {
                throw FieldError("document evidence needs a title before '<\(locator)>'", code: .required)
            }
            guard Self.isURL(locator) || Self.isPage(locator) else {
                throw FieldError(
                    "'\(locator)' is neither an http(s) URL nor a page such as 'p. 12'", code: .invalidValue)
            }
            self.init(.document, title, locator: locator)
        case .measurement, .update:
            let parts = rest.split(separator: "@", maxSplits: 1, omittingEmptySubsequences: false).map {
                String($0).trimmingWhitespace
            }
            guard let code = parts.first, !code.isEmpty else {
                throw FieldError(
                    "\(kind.rawValue) evidence needs a code: '\(kind.rawValue):CODE@YYYY-MM-DD'", code: .required)
            }
            if parts.count == 2, CalendarDate(partial: parts[1]) == nil {
                throw FieldError(
                    "'\(parts[1])' in '\(trimmed)' is not a date YYYY-MM-DD (or YYYY-MM, YYYY)", code: .invalidValue)
            }
            self.init(kind, code, locator: parts.count == 2 ? parts[1] : nil)
        case .report:
            guard !rest.isEmpty else {
                throw FieldError("report evidence needs the report's code: 'report:CODE'", code: .required)
            }
            self.init(.report, rest)
        }
    }

    public var description: String {
        switch kind {
        case .document: "document:\(reference) <\(locator ?? "")>"
        case .measurement, .update: "\(kind.rawValue):\(reference)" + (locator.map { "@\($0)" } ?? "")
        case .report: "report:\(reference)"
        }
    }

    /// The date of a measurement or update, when one is given.
    public var date: CalendarDate? {
        kind == .measurement || kind == .update ? locator.flatMap { CalendarDate(partial: $0) } : nil
    }

    private static func isURL(_ text: String) -> Bool {
        (text.hasPrefix("https://") || text.hasPrefix("http://")) && !text.contains(" ") && text.count > 8
    }

    private static func isPage(_ text: String) -> Bool {
        let lowered = text.lowercased()
        return ["p.", "pp.", "page", "pages", "s."].contains { lowered.hasPrefix($0) }
            && lowered.contains { $0.isNumber }
    }
}

extension FieldCodec where Value == Evidence {
    /// Evidence in its text form.
    public static var evidence: FieldCodec {
        FieldCodec(kind: .text, encode: { .string($0.description) }) { json throws(FieldError) in
            guard case .string(let text) = json else {
                throw FieldError("expected evidence text, found \(json.kindName)", code: .invalidValue)
            }
            return try Evidence(parsing: text)
        }
    }
}

/// What a plan holds that evidence can point to; evidence naming anything else is refused.
public struct EvidenceIndex: Sendable {
    /// Measurement dates per indicator code.
    public var measurementDates: [String: Set<CalendarDate>] = [:]
    /// Progress update dates per action code.
    public var updateDates: [String: Set<CalendarDate>] = [:]
    public var reports: Set<String> = []

    /// An empty index.
    public init() {}

    /// The index of a plan file's records.
    public init(_ file: PlanFile) {
        for indicator in file.indicators { measurementDates[indicator.code] = [] }
        for measurement in file.measurements {
            measurementDates[measurement.indicator, default: []].insert(measurement.date)
        }
        for action in file.actions { updateDates[action.code] = [] }
        for update in file.progressUpdates { updateDates[update.action, default: []].insert(update.date) }
        reports = Set(file.reports.map(\.code))
    }

    /// Why the evidence points at nothing in the plan, or nil when it is found.
    public func problem(with evidence: Evidence) -> String? {
        switch evidence.kind {
        case .document: return nil
        case .measurement:
            guard let dates = measurementDates[evidence.reference] else {
                return "the plan has no indicator '\(evidence.reference)'"
            }
            if let date = evidence.date {
                return dates.contains(date) ? nil : "indicator \(evidence.reference) has no measurement dated \(date)"
            }
            return dates.isEmpty ? "indicator \(evidence.reference) has no measurements" : nil
        case .update:
            guard let dates = updateDates[evidence.reference] else {
                return "the plan has no action '\(evidence.reference)'"
            }
            if let date = evidence.date {
                return dates.contains(date) ? nil : "action \(evidence.reference) has no progress update dated \(date)"
            }
            return dates.isEmpty ? "action \(evidence.reference) has no progress updates" : nil
        case .report:
            return reports.contains(evidence.reference) ? nil : "the plan has no report '\(evidence.reference)'"
        }
    }
}
