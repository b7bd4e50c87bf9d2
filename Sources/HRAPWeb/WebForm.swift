import Foundation
import HRAPCore
import JSONCoding
import Mustache

/// A form as its page shows it: every field with what the user typed, each field's error next to it, and a summary
/// of all errors at the top that links to the fields.
struct WebForm: Sendable {
    enum Kind: String, Sendable { case text, date, textarea, select, checkbox, file }

    struct Field: Sendable {
        let name: String
        let label: String
        var hint: String?
        var kind: Kind = .text
        var value = ""
        var options: [(value: String, label: String)] = []
        var required = false
        /// Shown but not changed (a record's identity on its edit form).
        var readOnly = false
        /// The files a file field offers to choose.
        var accept = ".csv,text/csv"
        /// The longest text accepted, in characters.
        var maxLength = 500
        var error: String?

        /// The longest text a record's field takes, as its schema declares it for every surface.
        static func limit<R: Record>(_ type: R.Type, _ name: String) -> Int {
            R.schema.field(named: name)?.kind.maxLength ?? 500
        }
    }

    var fields: [Field]
    /// Problems that belong to no field (shown in the summary only).
    var general: [String] = []
    /// What the fields' ids start with: another prefix for each form of a page that has several.
    var idPrefix = "field-"

    /// Takes the posted values, keeping what was typed; a text longer than its field allows is an error (and is not
    /// shown back in full).
    mutating func fill(from form: FormData, _ wording: FormWording) {
        for index in fields.indices {
            let name = fields[index].name
            if fields[index].kind == .checkbox {
                fields[index].value = form.value(name) == nil ? "" : "on"
                continue
            }
            guard fields[index].kind != .file else { continue }
            let value = form.value(name) ?? ""
            if value.count > fields[index].maxLength {
                fields[index].value = String(value.prefix(fields[index].maxLength))
                fields[index].error = wording.tooLong(limit: fields[index].maxLength, given: value.count)
            } else {
                fields[index].value = value
            }
        }
    }

    /// Whether any field or the form as a whole has an error.
    var hasErrors: Bool { !general.isEmpty || fields.contains { $0.error != nil } }

    /// Puts each problem next to its field (by the problem's path, its first segment), worded in the reader's
    /// language; the rest in the summary.
    mutating func report(
        _ problems: [ValidationProblem], _ wording: FormWording, fieldFor: (String) -> String? = { $0 }
    ) {
        for problem in problems {
            let head = String(problem.path.split(whereSeparator: { $0 == "." || $0 == "/" || $0 == "[" }).first ?? "")
            if let name = fieldFor(head), let index = fields.firstIndex(where: { $0.name == name }) {
                if fields[index].error == nil { fields[index].error = wording.problem(problem, field: name) }
            } else {
                general.append(problem.description)
            }
        }
    }

    /// The text of a field.
    func value(_ name: String) -> String { fields.first { $0.name == name }?.value ?? "" }

    /// The field as JSON the record schema reads: typed text through the field kind's conventions.
    func json(_ name: String, kind: FieldKind, _ conventions: FieldKind.TextConventions) -> JSONValue? {
        let text = value(name).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { return nil }
        return kind.json(fromText: text, conventions)
    }

    func model() -> MustacheValue {
        let summary: [MustacheValue] =
            fields.compactMap { field in
                field.error.map {
                    .object(["href": .string("#\(idPrefix)\(field.name)"), "text": .string("\(field.label): \($0)")])
                }
            } + general.map { .object(["href": .null, "text": .string($0)]) }
        return .object([
            "fields": .list(fields.map { Self.model($0, idPrefix) }), "errors": .list(summary),
            "has_errors": .bool(!summary.isEmpty),
        ])
    }

    private static func model(_ field: Field, _ idPrefix: String) -> MustacheValue {
        .object([
            "name": .string(field.name), "id": .string(idPrefix + field.name), "label": .string(field.label),
            "hint": field.hint.map { .string($0) } ?? .null, "value": .string(field.value),
            "error": field.error.map { .string($0) } ?? .null, "required": .bool(field.required),
            "readonly": .bool(field.readOnly), "accept": .string(field.accept),
            "checked": .bool(field.value == "on"), "max": .string(String(field.maxLength)),
            "is_\(field.kind.rawValue)": .bool(true),
            "options": .list(
                field.options.map { option in
                    .object([
                        "value": .string(option.value), "label": .string(option.label),
                        "selected": .bool(option.value == field.value),
                    ])
                }),
        ])
    }
}
