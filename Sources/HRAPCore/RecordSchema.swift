import JSONCoding

/// A record type whose fields are declared once and then read, written, validated and stored generically.
public protocol Record: Equatable, Sendable {
    /// An empty record, filled field by field while decoding.
    init()
    /// The record type's fields and rules.
    static var schema: RecordSchema<Self> { get }
}

/// The declaration of a record type: its entity name, its fields in output order and its cross-field rules.
public struct RecordSchema<Root>: Sendable {
    /// The singular entity name used in audit rows and messages ("objective").
    public let entity: String
    /// The fields, in the order they are written.
    public let fields: [Field<Root>]
    /// Rules that involve more than one field; paths are field names.
    let rules: @Sendable (Root) -> [ValidationProblem]
    /// The position of each field by name.
    private let positions: [String: Int]

    /// Creates a schema.
    public init(
        entity: String, fields: [Field<Root>], rules: @escaping @Sendable (Root) -> [ValidationProblem] = { _ in [] }
    ) {
        self.entity = entity
        self.fields = fields
        self.rules = rules
        self.positions = Dictionary(
            fields.enumerated().map { ($0.element.name, $0.offset) }, uniquingKeysWith: { first, _ in first })
        precondition(positions.count == fields.count, "\(entity) declares a field twice")
    }

    /// The field with this name.
    public func field(named name: String) -> Field<Root>? { position(of: name).map { fields[$0] } }

    /// The position of the field with this name in ``fields``.
    public func position(of name: String) -> Int? { positions[name] }

    /// The record as a JSON object, fields in declaration order, absent ones left out.
    public func encode(_ record: Root) -> JSONValue {
        .object(fields.compactMap { field in field.get(record).map { (field.name, $0) } })
    }

    /// The problems of a record's field rules, with paths under `path`.
    public func check(_ record: Root, path: String) -> [ValidationProblem] {
        rules(record).map { ValidationProblem(path: join(path, $0.path), code: $0.code, message: $0.message) }
    }
}

extension RecordSchema where Root: Record {
    /// Reads a record from a JSON object, collecting every problem (unknown members, bad values, broken rules).
    ///
    /// The record is returned even when there are problems, filled as far as possible, so that callers
    /// can go on checking references and report everything at once.
    public func decode(_ json: JSONValue, path: String) -> (Root, [ValidationProblem]) {
        var record = Root()
        guard case .object(let members) = json else {
            return (
                record,
                [ValidationProblem(path: path, code: .malformed, message: "expected an object, found \(json.kindName)")]
            )
        }
        var problems: [ValidationProblem] = []
        var values = [JSONValue?](repeating: nil, count: fields.count)
        for (key, value) in members {
            if let position = position(of: key) {
                values[position] = value
            } else {
                var message = "unknown field '\(key)'"
                if let close = closestName(to: key) { message += "; did you mean '\(close)'?" }
                problems.append(ValidationProblem(path: join(path, key), code: .unknownName, message: message))
            }
        }
        for (field, value) in zip(fields, values) {
            problems += set(field, value, on: &record, path: path)
        }
        if problems.isEmpty { problems = check(record, path: path) }
        return (record, problems)
    }

    /// Sets some fields of a record (a value of nil clears or defaults the field), then checks the rules;
    /// the other fields keep their values. Problems have paths under `path`.
    public func assign(_ values: [(field: Field<Root>, value: JSONValue?)], to record: inout Root, path: String)
        -> [ValidationProblem]
    {
        var problems: [ValidationProblem] = []
        for (field, value) in values {
            problems += set(field, value, on: &record, path: path)
        }
        return problems.isEmpty ? check(record, path: path) : problems
    }

    private func set(_ field: Field<Root>, _ value: JSONValue?, on record: inout Root, path: String)
        -> [ValidationProblem]
    {
        let found = field.set(&record, value)
        guard !found.isEmpty else { return [] }
        let fieldPath = join(path, field.name)
        return found.map {
            ValidationProblem(
                path: $0.path.isEmpty ? fieldPath : fieldPath + $0.path, code: $0.code, message: $0.message)
        }
    }

    private func closestName(to key: String) -> String? {
        let normalized = key.lowercased().replacing("-", with: "_").replacing(" ", with: "_")
        return fields.map(\.name).first { $0 == normalized || $0.hasPrefix(normalized) || normalized.hasPrefix($0) }
    }
}

/// `base.name`, or `name` alone when the base is empty.
func join(_ base: String, _ name: String) -> String {
    if base.isEmpty { return name }
    if name.isEmpty { return base }
    return base + "." + name
}
