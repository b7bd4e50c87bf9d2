import JSONCoding

extension ScoreCard {
    /// The JSON Schema of ``json()``: every member it writes, typed, and which may be null. Kept beside the
    /// encoder it describes; the API's document uses it, and the API check validates every score answer against it.
    public static let jsonSchema: JSONValue = {
        func object(_ properties: [(String, JSONValue)]) -> JSONValue {
            .object([
                ("type", .string("object")), ("properties", .object(properties)),
                ("required", .array(properties.map { .string($0.0) })),
            ])
        }
        func type(_ name: String, nullable: Bool = false) -> JSONValue {
            .object([("type", nullable ? .array([.string(name), .string("null")]) : .string(name))])
        }
        func array(_ items: JSONValue) -> JSONValue { .object([("type", .string("array")), ("items", items)]) }
        let criterion = object([
            ("id", type("string")), ("metric", type("string")), ("value", type("number", nullable: true)),
            ("numerator", type("number", nullable: true)), ("denominator", type("number", nullable: true)),
            ("level", type("integer")), ("weight", type("number")),
            ("note", .object([("type", .string("string")), ("description", .string("Why this level, in English."))])),
            ("note_key", type("string")),
            ("note_parameters", .object([("type", .string("object")), ("additionalProperties", type("string"))])),
            ("not_applicable", type("string", nullable: true)), ("follows_from", type("string", nullable: true)),
            ("failing", array(type("string"))),
        ])
        let encouragement = object([
            ("number", type("integer")), ("id", type("string")), ("short_title", type("string")),
            ("level", type("number", nullable: true)), ("not_applicable", type("string", nullable: true)),
            ("criteria", array(criterion)),
        ])
        return object([
            (
                "framework",
                object([
                    ("id", type("string")), ("version", type("string")), ("title", type("string")),
                    ("text_status", type("string")), ("text_note", type("string")),
                ])
            ),
            ("plan", type("string")), ("as_of", type("string")), ("values", type("string")),
            ("index", type("number", nullable: true)), ("percent", type("number", nullable: true)),
            ("level_zero", array(type("integer"))),
            ("unmatched_not_applicable", array(NotApplicable.schema.jsonSchema())),
            ("encouragements", array(encouragement)),
        ])
    }()
}
