import JSONCoding

/// One named field of a record type: how to read it from JSON, write it to JSON, and what it holds.
///
/// The name is the same everywhere: the plan-file key, the database column and the `--option` of the CLI.
public final class Field<Root>: Sendable {
    /// The snake_case name.
    public let name: String
    /// What the field holds.
    public let kind: FieldKind
    /// Whether a record without this field is refused.
    public let isRequired: Bool
    /// One line of help.
    public let help: String
    /// The value as JSON, or nil when it is absent (an empty optional, an empty list, a default flag).
    public let get: @Sendable (Root) -> JSONValue?
    /// The value an absent field stands for, where there is one (a flag's default).
    public let defaultValue: JSONValue?
    /// For lists of nested records: the JSON Schema of one element.
    let elementSchema: (@Sendable () -> JSONValue)?
    /// Sets the field from JSON (nil when absent); returns the problems, with paths relative to the field.
    let set: @Sendable (inout Root, JSONValue?) -> [ValidationProblem]

    /// A field; a class, so that passing it around costs one reference count, not one per closure.
    init(
        name: String, kind: FieldKind, isRequired: Bool, help: String, get: @escaping @Sendable (Root) -> JSONValue?,
        defaultValue: JSONValue? = nil, elementSchema: (@Sendable () -> JSONValue)? = nil,
        set: @escaping @Sendable (inout Root, JSONValue?) -> [ValidationProblem]
    ) {
        self.name = name
        self.kind = kind
        self.isRequired = isRequired
        self.help = help
        self.get = get
        self.defaultValue = defaultValue
        self.elementSchema = elementSchema
        self.set = set
    }

    /// The value as stored: the JSON value, or the default it stands for.
    public func storedValue(of record: Root) -> JSONValue? { get(record) ?? defaultValue }

    /// A field that must be present.
    public static func required<Value>(
        _ name: String, _ keyPath: WritableKeyPath<Root, Value> & Sendable, _ codec: FieldCodec<Value>, help: String
    ) -> Field {
        Field(name: name, kind: codec.kind, isRequired: true, help: help, get: { codec.encode($0[keyPath: keyPath]) }) {
            record, json in
            guard let json, json != .null else {
                return [ValidationProblem(path: "", code: .required, message: "is required")]
            }
            do throws(FieldError) {
                record[keyPath: keyPath] = try codec.decode(json)
                return []
            } catch { return [ValidationProblem(path: "", code: error.code, message: error.message)] }
        }
    }

    /// A field that may be absent (nil).
    public static func optional<Value>(
        _ name: String, _ keyPath: WritableKeyPath<Root, Value?> & Sendable, _ codec: FieldCodec<Value>, help: String
    ) -> Field {
        Field(
            name: name, kind: codec.kind, isRequired: false, help: help, get: { $0[keyPath: keyPath].map(codec.encode) }
        ) {
            record, json in
            guard let json, json != .null else {
                record[keyPath: keyPath] = nil
                return []
            }
            do throws(FieldError) {
                record[keyPath: keyPath] = try codec.decode(json)
                return []
            } catch { return [ValidationProblem(path: "", code: error.code, message: error.message)] }
        }
    }

    /// A list of values; absent means empty.
    public static func list<Value>(
        _ name: String, _ keyPath: WritableKeyPath<Root, [Value]> & Sendable, _ codec: FieldCodec<Value>, help: String
    ) -> Field {
        Field(
            name: name, kind: .list(codec.kind), isRequired: false, help: help,
            get: { record in
                let values = record[keyPath: keyPath]
                return values.isEmpty ? nil : .array(values.map(codec.encode))
            }
        ) { record, json in
            decodeArray(json, into: &record[keyPath: keyPath]) { element, index in
                do throws(FieldError) {
                    return (try codec.decode(element), [])
                } catch {
                    return (nil, [ValidationProblem(path: "[\(index)]", code: error.code, message: error.message)])
                }
            }
        }
    }

    /// A true/false field with a default; written only when it differs from the default.
    public static func flag(
        _ name: String, _ keyPath: WritableKeyPath<Root, Bool> & Sendable, default defaultValue: Bool, help: String
    ) -> Field {
        Field(
            name: name, kind: .bool, isRequired: false, help: help + " (default: \(defaultValue))",
            get: { $0[keyPath: keyPath] == defaultValue ? nil : .bool($0[keyPath: keyPath]) },
            defaultValue: .bool(defaultValue)
        ) { record, json in
            guard let json, json != .null else {
                record[keyPath: keyPath] = defaultValue
                return []
            }
            do throws(FieldError) {
                record[keyPath: keyPath] = try FieldCodec<Bool>.bool.decode(json)
                return []
            } catch { return [ValidationProblem(path: "", code: error.code, message: error.message)] }
        }
    }

    /// A map of words to words; absent means empty.
    public static func dictionary(
        _ name: String, _ keyPath: WritableKeyPath<Root, [String: String]> & Sendable, help: String
    ) -> Field {
        let codec = FieldCodec<[String: String]>.dictionary
        return Field(
            name: name, kind: .dictionary, isRequired: false, help: help,
            get: { $0[keyPath: keyPath].isEmpty ? nil : codec.encode($0[keyPath: keyPath]) }
        ) { record, json in
            guard let json, json != .null else {
                record[keyPath: keyPath] = [:]
                return []
            }
            do throws(FieldError) {
                record[keyPath: keyPath] = try codec.decode(json)
                return []
            } catch { return [ValidationProblem(path: "", code: error.code, message: error.message)] }
        }
    }

    /// A list of nested records, each validated by its own schema.
    public static func records<Nested: Record>(
        _ name: String, _ keyPath: WritableKeyPath<Root, [Nested]> & Sendable, help: String
    ) -> Field {
        Field(
            name: name, kind: .records, isRequired: false, help: help,
            get: { record in
                let values = record[keyPath: keyPath]
                return values.isEmpty ? nil : .array(values.map(Nested.schema.encode))
            },
            elementSchema: { Nested.schema.jsonSchema() }
        ) { record, json in
            decodeArray(json, into: &record[keyPath: keyPath]) { element, index in
                let (value, problems) = Nested.schema.decode(element, path: "[\(index)]")
                return (value, problems)
            }
        }
    }

    /// Decodes a JSON array element by element into `values` (empty when absent), collecting every problem.
    private static func decodeArray<Value>(
        _ json: JSONValue?, into values: inout [Value], element: (JSONValue, Int) -> (Value?, [ValidationProblem])
    ) -> [ValidationProblem] {
        values = []
        guard let json, json != .null else { return [] }
        guard case .array(let elements) = json else {
            return [ValidationProblem(path: "", code: .malformed, message: "expected an array, found \(json.kindName)")]
        }
        var problems: [ValidationProblem] = []
        for (index, item) in elements.enumerated() {
            let (value, found) = element(item, index)
            if let value { values.append(value) }
            problems += found
        }
        return problems
    }
}
