import JSONCoding

/// A plan file whose measurements and progress updates — the sections that grow with every year of monitoring — are
/// read one record at a time, so an import never holds them all.
///
/// Read from bytes (``read(_:)``), it takes two passes over the document. The first reads every other section (the
/// ``structure``, checked as ``PlanFile/decode(_:)`` checks it) and passes over the progress sections. The
/// `forEach…` methods then read the document again and give each record with every problem the file shows in it
/// (its fields, and ``ProgressRowCheck`` on what of it reads, as ``PlanFile/decode(_:)`` checks it), in file order,
/// whatever the order of the sections. A syntax error is
/// thrown as ``JSONParser/SyntaxError`` with its line and column: by ``read(_:)`` outside the progress sections,
/// by the `forEach…` methods inside them.
public struct PlanFileStream {
    /// Opens the document from its start: the source of each pass.
    public typealias Opener = () throws -> JSONStreamReader.Source

    /// Every section but the measurements and progress updates, which are empty here.
    public private(set) var structure: PlanFile
    /// The problems of the structure, or for a plan file in memory, the problems given with it.
    public private(set) var problems: [ValidationProblem]
    private let origin: Origin

    private enum Origin {
        case memory(measurements: [Measurement], progressUpdates: [ProgressUpdate])
        /// A document, with the number of elements the first pass found in each progress section (a section without
        /// any is not read again).
        case document(Opener, elements: [String: Int])
    }

    /// A plan file already read whole; `problems` are those found reading it (``PlanFile/decode(_:)``), and its
    /// records are given without problems of their own.
    public init(_ file: PlanFile, problems: [ValidationProblem] = []) {
        structure = file
        (structure.measurements, structure.progressUpdates) = ([], [])
        self.problems = problems
        origin = .memory(measurements: file.measurements, progressUpdates: file.progressUpdates)
    }

    private init(structure: PlanFile, problems: [ValidationProblem], open: @escaping Opener, elements: [String: Int]) {
        (self.structure, self.problems, origin) = (structure, problems, .document(open, elements: elements))
    }

    /// Reads the structure of the plan file that `open` gives; throws a syntax error found outside the progress
    /// sections, and the source's own errors.
    public static func read(_ open: @escaping Opener) throws -> PlanFileStream {
        var reader = JSONStreamReader(source: try open())
        guard try reader.enterObject() else {
            let value = try reader.readValue()
            try reader.finish()
            let (file, problems) = PlanFile.decode(value)
            return PlanFileStream(structure: file, problems: problems, open: open, elements: [:])
        }
        var members: [(String, JSONValue)] = [], elements: [String: Int] = [:]
        while let name = try reader.nextMember() {
            guard progressSections.contains(name), try reader.enterArray() else {
                members.append((name, try reader.readValue()))
                continue
            }
            var count = 0
            while try reader.nextElement() {
                try reader.skipValue()
                count += 1
            }
            members.append((name, .array([])))
            elements[name] = count
        }
        let (file, problems) = PlanFile.decode(.object(members))
        return PlanFileStream(structure: file, problems: problems, open: open, elements: elements)
    }

    /// The sections read one record at a time.
    static let progressSections: Set<String> = ["measurements", "progress_updates"]

    /// Calls `body` with each measurement in file order: its index, the measurement as far as it reads, and its
    /// problems (a measurement with any must not be written).
    public func forEachMeasurement(_ body: (Int, Measurement, [ValidationProblem]) throws -> Void) throws {
        var check = ProgressRowCheck(structure)
        guard case .memory(let measurements, _) = origin else {
            return try forEachRead("measurements", { check.problems(of: $0, at: $1) }, body)
        }
        for (index, measurement) in measurements.enumerated() { try body(index, measurement, []) }
    }

    /// Calls `body` with each progress update in file order: its index, the update as far as it reads, and its
    /// problems (an update with any must not be written).
    public func forEachProgressUpdate(_ body: (Int, ProgressUpdate, [ValidationProblem]) throws -> Void) throws {
        let check = ProgressRowCheck(structure)
        guard case .memory(_, let updates) = origin else {
            return try forEachRead("progress_updates", { check.problems(of: $0, at: $1) }, body)
        }
        for (index, update) in updates.enumerated() { try body(index, update, []) }
    }

    /// The records of a progress section read from the document: each decoded as far as it reads, with the
    /// problems of its fields and those `check` finds in it.
    private func forEachRead<R: Record>(
        _ section: String, _ check: (R, Int) -> [ValidationProblem],
        _ body: (Int, R, [ValidationProblem]) throws -> Void
    ) throws {
        guard case .document(let open, let elements) = origin, elements[section, default: 0] > 0 else { return }
        try Self.forEachElement(of: section, open) { index, element in
            let (record, found) = R.schema.decode(element, path: "$.\(section)[\(index)]")
            try body(index, record, found + check(record, index))
        }
    }

    /// Reads the document again up to the section `name`, and parses its elements one at a time; a section that is
    /// not an array has no elements (the first pass reported it).
    private static func forEachElement(
        of name: String, _ open: Opener, _ body: (Int, JSONValue) throws -> Void
    ) throws {
        var reader = JSONStreamReader(source: try open())
        guard try reader.enterObject() else { return }
        while let member = try reader.nextMember() {
            guard member == name else {
                try reader.skipValue()
                continue
            }
            guard try reader.enterArray() else { return }
            var index = 0
            while try reader.nextElement() {
                try body(index, try reader.readValue())
                index += 1
            }
            return
        }
    }
}
