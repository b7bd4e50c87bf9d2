import JSONCoding

extension RecordSchema {
    /// The record as a JSON Schema (draft 2020-12) object: its fields, which are required, and no others.
    public func jsonSchema() -> JSONValue {
        var properties: [(String, JSONValue)] = []
        for field in fields {
            var property = Self.jsonSchema(field.kind, element: field.elementSchema)
            if case .object(var members) = property {
                members.insert(("description", .string(field.help)), at: 0)
                if let defaultValue = field.defaultValue { members.append(("default", defaultValue)) }
                property = .object(members)
            }
            properties.append((field.name, property))
        }
        let required = fields.filter(\.isRequired).map { JSONValue.string($0.name) }
        return .object([
            ("type", .string("object")), ("properties", .object(properties)), ("required", .array(required)),
            ("additionalProperties", .bool(false)),
        ])
    }

    static func jsonSchema(_ kind: FieldKind, element: (() -> JSONValue)?) -> JSONValue {
        func string(_ extra: [(String, JSONValue)]) -> JSONValue {
            .object(
                [("type", .string("string"))] + extra
                    + (kind.maxLength.map { [("maxLength", .integer(Int64($0)))] } ?? []))
        }
        switch kind {
        case .text, .longText: return string([("minLength", .integer(1))])
        case .code: return string([("minLength", .integer(1)), ("pattern", .string("^[^,]+$"))])
        case .date: return string([("pattern", .string("^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"))])
        case .day: return string([("format", .string("date")), ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}$"))])
        case .timestamp:
            return string([
                ("format", .string("date-time")),
                ("pattern", .string("^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}Z$")),
            ])
        case .integer: return .object([("type", .string("integer"))])
        case .number: return .object([("type", .array([.string("number"), .string("boolean")]))])
        case .bool: return .object([("type", .string("boolean"))])
        case .url: return string([("format", .string("uri")), ("pattern", .string("^[Hh][Tt][Tt][Pp][Ss]?://"))])
        case .country: return string([("pattern", .string("^[A-Z]{2}$"))])
        case .currency: return string([("pattern", .string("^[A-Z]{3}$"))])
        case .choice(let words):
            return .object([("type", .string("string")), ("enum", .array(words.map(JSONValue.string)))])
        case .list(let item): return .object([("type", .string("array")), ("items", jsonSchema(item, element: nil))])
        case .records:
            return .object([
                ("type", .string("array")), ("items", element?() ?? .object([("type", .string("object"))])),
            ])
        case .dictionary:
            return .object([
                ("type", .string("object")), ("additionalProperties", .object([("type", .string("string"))])),
            ])
        }
    }
}

extension PlanFile {
    /// The JSON Schema of plan files, derived from the record schemas (published as `templates/plan-file.schema.json`).
    public static func jsonSchema() -> JSONValue {
        func list(_ schema: JSONValue) -> JSONValue { .object([("type", .string("array")), ("items", schema)]) }
        func section<R: PlanRecord>(_ type: R.Type) -> (String, JSONValue) {
            (R.collection, list(R.schema.jsonSchema()))
        }
        let sections: [(String, JSONValue)] =
            [
                ("format", .object([("enum", .array(readableFormats.map(JSONValue.string)))])),
                ("government", Government.schema.jsonSchema()), ("plan", Plan.schema.jsonSchema()),
            ] + recordSections.map { section($0) }
            + [
                ("assessments", list(Assessment.schema.jsonSchema())),
                ("recommendation_responses", list(RecommendationResponse.schema.jsonSchema())),
            ]
        return .object([
            ("$schema", .string("https://json-schema.org/draft/2020-12/schema")),
            ("$id", .string("https://hrap.example.org/schema/\(format).json")),
            ("title", .string("hrap plan file")),
            (
                "description",
                .string(
                    "A human rights action plan and its progress, as written by 'hrap export' and read by 'hrap import'. "
                        + "Records cite each other by code. Cross-record rules (unique codes, references, date order) are "
                        + "checked by hrap and listed in the README.")
            ),
            ("type", .string("object")),
            ("properties", .object(sections)),
            ("required", .array([.string("format"), .string("government"), .string("plan")])),
            ("additionalProperties", .bool(false)),
        ])
    }
}
