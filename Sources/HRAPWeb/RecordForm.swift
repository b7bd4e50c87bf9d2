import HRAPCore
import HRAPReports
import HRAPUseCases
import JSONCoding

/// The web form of a record type, generated from its schema (the declarations the plan file, the command line's
/// options, the API and the JSON Schema come from): one control per field by its kind, labels from the locale files
/// (`record.ENTITY.FIELD`, else the field's name in words), hints from the schema, and the plan's records offered
/// where a field names one. A field added to a schema appears here with no form code.
enum RecordForm {
    /// Fields no one types: an appended record's stamp, which the service writes.
    static let hidden: Set = ["recorded_at", "recorded_by"]

    /// How form text becomes field values: a list is one item per line; numbers are written as in the reader's
    /// language.
    static func conventions(_ locale: ReportLocale) -> FieldKind.TextConventions {
        FieldKind.TextConventions(listSeparator: "\n", decimalComma: locale.decimalSeparator == ",")
    }

    /// The form of a record type, filled with a stored record's values (or empty for a new one); the identity fields
    /// of a stored record are shown, not changed.
    static func form<R: IdentifiedRecord>(
        _ type: R.Type, _ record: R?, choices: [String: [(value: String, label: String)]], _ locale: ReportLocale
    ) -> WebForm {
        form(R.self, record, identity: R.identity, choices: choices, locale)
    }

    /// The form of any record type, with the fields that identify a stored record.
    static func form<R: Record>(
        _ type: R.Type, _ record: R?, identity: [String], choices: [String: [(value: String, label: String)]],
        _ locale: ReportLocale
    ) -> WebForm {
        let conventions = conventions(locale)
        let fields = R.schema.fields.filter { !hidden.contains($0.name) }.map { field in
            var shown = WebForm.Field(
                name: field.name, label: label(R.schema.entity, field.name, locale),
                hint: hint(R.schema.entity, field, locale),
                kind: kind(of: field.kind), required: field.isRequired && field.kind != .bool,
                maxLength: field.kind.maxLength ?? 10_000)
            if case .choice(let allowed) = field.kind {
                shown.options = allowed.map { ($0, locale.label("record.choice.\($0)", fallback: words($0))) }
            } else if let section = PlanDependants.references[field.name], let offered = choices[section],
                !isList(field.kind)
            {
                (shown.kind, shown.options) = (.select, offered)
            }
            if let record {
                let value = field.get(record)
                shown.value =
                    field.kind == .bool ? (value == .bool(true) ? "on" : "") : field.kind.text(from: value, conventions)
                shown.readOnly = identity.contains(field.name)
            } else if field.kind == .bool, field.defaultValue == .bool(true) {
                shown.value = "on"
            }
            return shown
        }
        return WebForm(fields: fields)
    }

    /// The field values a filled form gives: every field of the form (an empty one clears an optional field), as the
    /// JSON the schema reads. The service checks them.
    static func changes<R: Record>(_ type: R.Type, _ form: WebForm, _ locale: ReportLocale) -> [(
        String, JSONValue
    )] {
        let conventions = conventions(locale)
        return form.fields.filter { !$0.readOnly }.compactMap { shown in
            guard let field = R.schema.field(named: shown.name) else { return nil }
            if field.kind == .bool { return (field.name, shown.value == "on" ? .bool(true) : .null) }
            return (field.name, field.kind.json(fromText: shown.value, conventions))
        }
    }

    /// The record a filled form gives (its empty fields left out), laid over `base` members; its problems are the
    /// service's kind of refusal, so that one catch shows them next to their fields.
    static func record<R: Record>(
        _ type: R.Type, _ form: WebForm, _ locale: ReportLocale, over base: [(String, JSONValue)] = []
    ) throws -> R {
        let members = base + changes(R.self, form, locale).filter { $0.1 != .null }
        let (record, problems) = R.schema.decode(.object(members), path: "")
        guard problems.isEmpty else {
            throw ServiceError.invalid(ValidationError(source: "the form", problems: problems))
        }
        return record
    }

    private static func kind(of kind: FieldKind) -> WebForm.Kind {
        switch kind {
        case .longText, .list, .records, .dictionary: .textarea
        case .choice: .select
        case .bool: .checkbox
        default: .text
        }
    }

    private static func isList(_ kind: FieldKind) -> Bool {
        if case .list = kind { return true }
        return false
    }

    /// A field's label: the locale's, else its name in words (`period_start` → "Period start").
    static func label(_ entity: String, _ name: String, _ locale: ReportLocale) -> String {
        locale.label("record.\(entity).\(name)", fallback: words(name).capitalizedFirst)
    }

    /// The field's help in the reader's language (the locale's `hints`, else the schema's English), and how to type
    /// its kind.
    private static func hint(_ entity: String, _ field: Field<some Any>, _ locale: ReportLocale) -> String? {
        var parts: [String] = []
        if let help = locale.hints["\(entity).\(field.name)"] ?? (field.help.isEmpty ? nil : field.help) {
            parts.append(help)
        }
        switch field.kind {
        case .list: parts.append(locale.label("web.record.one_per_line"))
        case .records, .dictionary: parts.append(locale.label("web.record.json"))
        case .date: parts.append(locale.label("web.record.date_hint"))
        case .day: parts.append(locale.label("web.record.day_hint"))
        default: break
        }
        return parts.isEmpty ? nil : parts.joined(separator: " ")
    }

    private static func words(_ name: String) -> String { name.replacing("_", with: " ") }
}

extension ReportLocale {
    /// A label, or `fallback` when the locale has none.
    func label(_ key: String, fallback: String) -> String {
        let text = label(key)
        return text == key ? fallback : text
    }
}

extension String {
    /// The text with its first letter in capitals.
    fileprivate var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}
