import JSONCoding

/// A record type whose fields are declared once and then read, written, validated and stored generically.
public protocol Record: Equatable, Sendable {
    /// An empty record, filled field by field while decoding.
    init()
    /// The record type's fields and rules.
    static var schema: RecordSchema<Self> { get }
}

/// The declaration of a record type: its entity name, its fields in output order and its cross-field rules.
public struct RecordSchema<Root> {
    /// The singular entity name used in audit rows and messages ("objective").
    public let entity: String
    /// The fields, in the order they are written.
    public let fields: [Field<Root>]
    /// Rules that involve more than one field; paths are field names.
    let rules: (Root) -> [ValidationProblem]

    /// Creates a schema.
    public init(entity: String, fields: [Field<Root>], rules: @escaping (Root) -> [ValidationProblem] = { _ in [] }) {
        self.entity = entity
        self.fields = fields
        self.rules = rules
    }

    /// The field with this name.
    public func field(named name: String) -> Field<Root>? { fields.first { $0.name == name } }

    /// The record as a JSON object, fields in declaration order, absent ones left out.
    public func encode(_ record: Root) -> JSONValue {
        .object(fields.compactMap { field in field.get(record).map { (field.name, $0) } })
    }

    /// The problems of a record's field rules, with paths under `path`.
    public func check(_ record: Root, path: String) -> [ValidationProblem] {
        rules(record).map { ValidationProblem(path: join(path, $0.path), message: $0.message) }
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
            return (record, [ValidationProblem(path: path, message: "expected an object, found \(json.kindName)")])
        }
        var problems: [ValidationProblem] = []
        let names = Set(fields.map(\.name))
        for (key, _) in members where !names.contains(key) {
            var message = "unknown field '\(key)'"
            if let close = closestName(to: key) { message += "; did you mean '\(close)'?" }
            problems.append(ValidationProblem(path: join(path, key), message: message))
        }
        for field in fields {
            let value = members.first { $0.0 == field.name }?.1
            let fieldPath = join(path, field.name)
            problems += field.set(&record, value).map {
                ValidationProblem(path: $0.path.isEmpty ? fieldPath : fieldPath + $0.path, message: $0.message)
            }
        }
        if problems.isEmpty { problems = check(record, path: path) }
        return (record, problems)
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
