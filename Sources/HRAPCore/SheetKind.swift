/// The spreadsheets hrap reads and writes (`hrap import-csv KIND`, `hrap export-csv KIND`).
public enum SheetKind: String, CaseIterable, Sendable {
    case measurements, progress, budget, indicators, commitments

    /// Whether a row that differs from the stored one is appended as a correction (history is kept) rather than
    /// updating it.
    public var isAppendOnly: Bool { self == .measurements || self == .progress || self == .commitments }
}

/// What a spreadsheet import did.
public struct SheetImportSummary: Equatable, Sendable {
    /// Data rows in the file.
    public var rows = 0
    /// New records.
    public var inserted = 0
    /// Records that changed: corrections appended (measurements, progress, commitments) or records updated (budget,
    /// indicators).
    public var corrected = 0
    /// Rows equal to what is already stored.
    public var unchanged = 0
    /// Whether the file was read as a semicolon spreadsheet (German, French, Spanish offices): decimal commas and
    /// day-first dates (`31.03.2023`) besides ISO ones.
    public var semicolons = false

    /// Creates the value from its parts.
    public init(rows: Int = 0, inserted: Int = 0, corrected: Int = 0, unchanged: Int = 0) {
        self.rows = rows
        self.inserted = inserted
        self.corrected = corrected
        self.unchanged = unchanged
    }
}

/// Reports how far a long import or export has got: (rows done, rows in all).
public typealias ProgressHandler = @Sendable (Int, Int) -> Void
